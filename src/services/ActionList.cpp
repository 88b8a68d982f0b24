#include "services/ActionList.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"

#include <QTimeZone>

namespace tf {

QDate stockholmDate(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).date();
}

ForumDay forumDayOf(const Meeting &meeting)
{
    return {meeting.id, meeting.unitId, meeting.templateId, stockholmDate(meeting.startUtc)};
}

QString actionFilterKey(ActionFilter filter)
{
    switch (filter) {
    case ActionFilter::Open:
        return QStringLiteral("open");
    case ActionFilter::Due:
        return QStringLiteral("due");
    case ActionFilter::Overdue:
        return QStringLiteral("overdue");
    case ActionFilter::Done:
        return QStringLiteral("done");
    case ActionFilter::All:
        break;
    }
    return QStringLiteral("all");
}

bool actionFilterFromKey(const QString &key, ActionFilter *filter)
{
    for (ActionFilter candidate : {ActionFilter::All, ActionFilter::Open, ActionFilter::Due,
             ActionFilter::Overdue, ActionFilter::Done}) {
        if (actionFilterKey(candidate) == key) {
            *filter = candidate;
            return true;
        }
    }
    return false;
}

bool actionMatches(const Action &action, ActionFilter filter, const QDate &today)
{
    const bool open = action.status == ActionStatus::Open;
    switch (filter) {
    case ActionFilter::Open:
        return open;
    case ActionFilter::Due:
        return open && action.dueDate.isValid() && action.dueDate >= today
            && action.dueDate <= today.addDays(7);
    case ActionFilter::Overdue:
        return action.isOverdue(today);
    case ActionFilter::Done:
        return action.status == ActionStatus::Done;
    case ActionFilter::All:
        break;
    }
    return true;
}

ActionList::ActionList(Workspace &workspace)
    : m_workspace(workspace)
{ }

QDate ActionList::meetingDay(qint64 meetingId)
{
    const auto meeting = m_workspace.meetings().byId(meetingId);
    return meeting ? stockholmDate(meeting->startUtc) : QDate();
}

QList<ActionListRow> ActionList::rows(
    const QList<Action> &actions, ActionFilter filter, const QDate &today)
{
    QHash<qint64, QDate> days;
    QList<ActionListRow> list;
    for (const Action &action : actions) {
        if (!actionMatches(action, filter, today))
            continue;
        ActionListRow row;
        row.action = action;
        if (action.meetingId > 0) {
            if (!days.contains(action.meetingId))
                days.insert(action.meetingId, meetingDay(action.meetingId));
            row.decidedOn = days.value(action.meetingId);
        }
        if (row.decidedOn.isValid())
            row.followUpOn = followUpDate(action, row.decidedOn);
        list << row;
    }
    return list;
}

QList<ActionListRow> ActionList::forUnit(qint64 unitId, ActionFilter filter, const QDate &today)
{
    return rows(m_workspace.actions().byUnit(unitId), filter, today);
}

QList<ActionListRow> ActionList::forPerson(qint64 personId, ActionFilter filter, const QDate &today)
{
    return rows(m_workspace.actions().byResponsible(personId), filter, today);
}

void ActionList::markDone(qint64 actionId)
{
    const auto action = m_workspace.actions().byId(actionId);
    if (!action)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Åtgärden finns inte längre."));
    if (action->status == ActionStatus::Done)
        return;
    m_workspace.actions().markDone(*action, m_workspace.actorId());
}

std::optional<Action> ActionList::action(qint64 actionId)
{
    return m_workspace.actions().byId(actionId);
}

int ActionList::changeText(const Action &read, const QString &text)
{
    if (text.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("En åtgärd måste säga vad som ska göras. Texten har inte sparats."));
    Action changed = read;
    changed.what = text.trimmed();
    // The repository's version check turns a change made meanwhile into a
    // conflict instead of overwriting it.
    return m_workspace.actions().save(changed, m_workspace.actorId());
}

ForumDay ActionList::decidedAt(qint64 meetingId)
{
    const auto meeting = m_workspace.meetings().byId(meetingId);
    return meeting ? forumDayOf(*meeting) : ForumDay();
}

QList<ActionListRow> ActionList::followUpsFor(const Meeting &meeting)
{
    const ForumDay here = forumDayOf(meeting);
    QHash<qint64, ForumDay> origins;
    QList<ActionListRow> due;
    const auto open = rows(m_workspace.actions().byUnit(meeting.unitId, ActionStatus::Open),
        ActionFilter::Open, here.day);
    for (const ActionListRow &row : open) {
        const qint64 origin = row.action.meetingId;
        if (!origins.contains(origin))
            origins.insert(origin, decidedAt(origin));
        if (comesBackAt(row.action, origins.value(origin), here))
            due << row;
    }
    return due;
}

Action ActionList::recordFollowUp(const Action &read, const Meeting &meeting)
{
    const QDate decidedOn = meetingDay(read.meetingId);
    if (!decidedOn.isValid())
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Mötet där åtgärden beslutades finns inte längre."));
    Action followed = read;
    followed.nextFollowUpDate = followUpRecorded(read, decidedOn, stockholmDate(meeting.startUtc));
    followed.version = m_workspace.actions().save(followed, m_workspace.actorId());
    return followed;
}

} // namespace tf
