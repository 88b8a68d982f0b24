#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QPushButton;

namespace tf {

class Workspace;
struct MeetingChoice;

// Unit and meeting to open in meeting mode: meetings of two months ahead
// (to prepare) and a quarter back; the meeting of today (or the next one) is
// proposed.
class MeetingChooser : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingChooser(Workspace &workspace, QWidget *parent = nullptr);

    void showUnit(qint64 unitId);
    // "Teammöte" for a meeting of that template, else "Möte"; the names
    // are read once with the unit's meetings, not once per meeting.
    QString forumName(qint64 templateId);

Q_SIGNALS:
    void startRequested(qint64 meetingId);

private:
    // Reads the chosen unit's meetings.
    void fillMeetings();
    void showMeetings(const MeetingChoice &choice);

    Workspace &m_workspace;
    QHash<qint64, QString> m_forumNames;
    QComboBox *m_unit;
    QComboBox *m_meetings;
    QPushButton *m_start;
};

} // namespace tf
