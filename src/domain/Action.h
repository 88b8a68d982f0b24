#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tf {

enum class ActionStatus { Open, Done, Cancelled };
QString actionStatusKey(ActionStatus status);
ActionStatus actionStatusFromKey(const QString &key);
QString actionStatusLabel(ActionStatus status); // Swedish, for documents

// A decision of the team: what is done, by whom, by when, and how often the
// team follows it up.
struct Action
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    qint64 meetingId = 0;
    qint64 agendaItemId = 0;
    qint64 clientId = 0;
    QString what;
    qint64 responsibleId = 0;
    QDate dueDate;
    int followUpDays = 0; // 0: no follow-up in the team
    QDate nextFollowUpDate; // set when a follow-up was recorded (followUpRecorded)
    ActionStatus status = ActionStatus::Open;
    bool feedbackToClient = false; // återrapportering needed
    qint64 feedbackById = 0;
    bool journalEntryNeeded = false;
    qint64 journalById = 0;
    QDateTime doneUtc;
    qint64 doneById = 0;

    bool isOverdue(const QDate &today) const
    {
        return status == ActionStatus::Open && dueDate.isValid() && dueDate < today;
    }
    // The date the action is due back on the team's agenda.
    QDate nextFollowUp(const QDate &decidedOn) const
    {
        return followUpDays > 0 ? decidedOn.addDays(followUpDays) : QDate();
    }
};

} // namespace tf
