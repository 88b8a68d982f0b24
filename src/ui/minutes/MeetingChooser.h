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
    // The units or a unit's meetings are still being read (ReadsBeside).
    bool isReading() const { return m_asked != m_answered; }

Q_SIGNALS:
    void startRequested(qint64 meetingId);

private:
    // Reads the unit's meetings beside the window and shows them when they
    // come; with 0 the units too, and the first unit's meetings.
    void readChoice(qint64 unitId);
    void showMeetings(const MeetingChoice &choice);

    Workspace &m_workspace;
    QHash<qint64, QString> m_forumNames;
    QComboBox *m_unit;
    QComboBox *m_meetings;
    QPushButton *m_start;
    int m_asked = 0; // reads asked for; the last one's is shown
    int m_answered = 0;
};

} // namespace tf
