#include "services/ActionList.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/ActionScope.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"
#include "storage/UnitKey.h"

#include <QHash>
#include <QSet>
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

QList<ActionListRow> ActionList::rows(const QList<Action> &actions, ActionFilter filter,
    const QDate &today, const QHash<qint64, Meeting> &meetings)
{
    QList<ActionListRow> list;
    for (const Action &action : actions) {
        if (!actionMatches(action, filter, today))
            continue;
        ActionListRow row;
        row.action = action;
        if (const auto meeting = meetings.constFind(action.meetingId); meeting != meetings.cend())
            row.decidedOn = stockholmDate(meeting->startUtc);
        if (row.decidedOn.isValid())
            row.followUpOn = followUpDate(action, row.decidedOn);
        list << row;
    }
    return list;
}

QList<ActionListRow> ActionList::forUnit(qint64 unitId, ActionFilter filter, const QDate &today)
{
    const UnitKey unit = UnitKey::unit(unitId);
    return readAlone(m_workspace.database(), [&](ReadBatch &batch) {
        return listed(batch, m_workspace.actions().select(batch, ActionScope::ofUnit(unit)),
            m_workspace.meetings().decidingActionsOf(batch, unit), filter, today);
    });
}

QList<ActionListRow> ActionList::forPerson(qint64 personId, ActionFilter filter, const QDate &today)
{
    return readAlone(m_workspace.database(),
        [&](ReadBatch &batch) { return forPerson(batch, personId, filter, today); });
}

Later<QList<ActionListRow>> ActionList::forPerson(
    ReadBatch &batch, qint64 personId, ActionFilter filter, const QDate &today)
{
    const ActionScope scope = ActionScope::ofResponsible(personId);
    return listed(batch, m_workspace.actions().select(batch, scope),
        m_workspace.meetings().decidingActions(batch, scope), filter, today);
}

Later<QList<ActionListRow>> ActionList::listed(ReadBatch &batch, Later<QList<Action>> actions,
    Later<QList<Meeting>> deciding, ActionFilter filter, const QDate &today)
{
    return batch.derive<QList<ActionListRow>>([actions, deciding, filter, today] {
        QHash<qint64, Meeting> meetings;
        for (const Meeting &meeting : deciding.get())
            meetings.insert(meeting.id, meeting);
        return rows(actions.get(), filter, today, meetings);
    });
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

struct ActionList::FollowUpReads
{
    Later<QList<Action>> open;
    Later<QList<Meeting>> deciding;
    std::optional<Later<QList<Person>>> responsible; // only for names shown
};

ActionList::FollowUpReads ActionList::addFollowUpReads(
    ReadBatch &batch, const UnitKey &unit, bool withNames)
{
    const ActionScope open = ActionScope::ofUnit(unit, ActionStatus::Open);
    FollowUpReads read {m_workspace.actions().select(batch, open),
        m_workspace.meetings().decidingActionsOf(batch, unit, ActionStatus::Open), std::nullopt};
    if (withNames)
        read.responsible = m_workspace.people().responsibleFor(batch, open);
    return read;
}

QList<ActionListRow> ActionList::followUpsFor(const Meeting &meeting)
{
    return followUpsOf(meeting, false).rows;
}

FollowUps ActionList::followUpsShown(const Meeting &meeting)
{
    return followUpsOf(meeting, true);
}

FollowUps ActionList::followUpsOf(const Meeting &meeting, bool withNames)
{
    ReadBatch batch(m_workspace.database());
    FollowUpReads read = addFollowUpReads(batch, UnitKey::unit(meeting.unitId), withNames);
    batch.exec();
    return dueBack(meeting, read);
}

Later<FollowUps> ActionList::followUpsShown(
    ReadBatch &batch, qint64 meetingId, Later<std::optional<Meeting>> meeting)
{
    // The unit is named by the meeting, so nothing waits for the meeting's row.
    FollowUpReads read = addFollowUpReads(batch, UnitKey::ofMeeting(meetingId), true);
    return batch.derive<FollowUps>([read, meeting]() mutable {
        return meeting.get() ? dueBack(*meeting.get(), read) : FollowUps();
    });
}

FollowUps ActionList::dueBack(const Meeting &meeting, FollowUpReads &read)
{
    const ForumDay here = forumDayOf(meeting);
    QHash<qint64, Meeting> origins;
    for (const Meeting &origin : read.deciding.get())
        origins.insert(origin.id, origin);
    FollowUps due;
    for (const ActionListRow &row : rows(read.open.get(), ActionFilter::Open, here.day, origins)) {
        const auto origin = origins.constFind(row.action.meetingId);
        if (comesBackAt(
                row.action, origin == origins.cend() ? ForumDay() : forumDayOf(*origin), here))
            due.rows << row;
    }
    if (read.responsible) {
        for (const Person &person : read.responsible->get())
            due.responsibleNames.insert(person.id, person.name);
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
