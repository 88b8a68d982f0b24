#pragma once

#include <QWidget>

class QLabel;

namespace tf {

class MeetingTimer;

// The head of meeting mode: the meeting's title and the time left for the
// current item and for the whole meeting, in large type for a projector.
class MeetingClockBar : public QWidget
{
    Q_OBJECT
public:
    // Create it after the view's large font is set: the sizes build on it.
    explicit MeetingClockBar(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void showTimes(const MeetingTimer &timer);

private:
    QLabel *m_title;
    QLabel *m_meetingClock;
    QLabel *m_itemClock;
};

} // namespace tf
