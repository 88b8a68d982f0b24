#pragma once

#include "domain/Action.h"
#include "domain/FollowUp.h"
#include "domain/Meeting.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace tf {

class ReadBatch;
class UnitKey;
class Workspace;
template <typename T> class Later;

// Which actions the Åtgärder list shows.
enum class ActionFilter { All, Open, Due, Overdue, Done };
QString actionFilterKey(ActionFilter filter);
bool actionFilterFromKey(const QString &key, ActionFilter *filter);
// Due: open with a due date within the coming week (today included).
bool actionMatches(const Action &action, ActionFilter filter, const QDate &today);

// One row of the list: the action and the day it was decided.
struct ActionListRow
{
    Action action;
    QDate decidedOn; // the deciding meeting's day in Europe/Stockholm
    QDate followUpOn; // when it is next due back (followUpDate); invalid for never
};

// The actions that come back for follow-up at a meeting, with the names of
// those responsible.
struct FollowUps
{
    QList<ActionListRow> rows;
    QHash<qint64, QString> responsibleNames; // by person id
};

// The Åtgärder list of a unit or a person, and the follow-up of actions on
// later agendas.
class ActionList
{
public:
    explicit ActionList(Workspace &workspace);

    QList<ActionListRow> forUnit(qint64 unitId, ActionFilter filter, const QDate &today);
    // The actions the person is responsible for: alone, or with a batch's
    // other reads (the actions and the meetings that decided them together).
    QList<ActionListRow> forPerson(qint64 personId, ActionFilter filter, const QDate &today);
    Later<QList<ActionListRow>> forPerson(
        ReadBatch &batch, qint64 personId, ActionFilter filter, const QDate &today);
    // Records who closed the action and when.
    void markDone(qint64 actionId);
    // The action as stored now.
    std::optional<Action> action(qint64 actionId);
    // Changes what the action says, over the version `read` holds. Throws
    // StorageError::Kind::Conflict when someone else changed the action
    // since, Refused for an empty text. Returns the new version.
    int changeText(const Action &read, const QString &text);

    // The open actions that come back on the meeting's agenda (comesBackAt):
    // decided at an earlier meeting of its forum, with a follow-up date on or
    // before this meeting's day. They keep coming back until the team closes
    // them or records a follow-up.
    QList<ActionListRow> followUpsFor(const Meeting &meeting);
    // The same with the names of those responsible, as meeting mode shows
    // them: alone, or with a batch's other reads for the meeting `meetingId`
    // read in it (none when it is gone).
    FollowUps followUpsShown(const Meeting &meeting);
    Later<FollowUps> followUpsShown(
        ReadBatch &batch, qint64 meetingId, Later<std::optional<Meeting>> meeting);
    // The team followed the action up at this meeting: its next follow-up
    // date moves on by its frequency (followUpRecorded). Throws
    // StorageError::Kind::Conflict when someone changed the action since it
    // was read. Returns the action as stored.
    Action recordFollowUp(const Action &read, const Meeting &meeting);

private:
    QDate meetingDay(qint64 meetingId);
    // The actions with the days of the meetings that decided them, read in
    // the same batch (a unit's list holds actions of thousands of meetings).
    static Later<QList<ActionListRow>> listed(ReadBatch &batch, Later<QList<Action>> actions,
        Later<QList<Meeting>> deciding, ActionFilter filter, const QDate &today);
    static QList<ActionListRow> rows(const QList<Action> &actions, ActionFilter filter,
        const QDate &today, const QHash<qint64, Meeting> &meetings);
    // The reads the follow-ups are made of: the unit's open actions, the
    // meetings they were decided at and the people responsible.
    struct FollowUpReads;
    FollowUpReads addFollowUpReads(ReadBatch &batch, const UnitKey &unit, bool withNames);
    FollowUps followUpsOf(const Meeting &meeting, bool withNames);
    // Of the unit's open actions, those due back at the meeting.
    static FollowUps dueBack(const Meeting &meeting, FollowUpReads &read);

    Workspace &m_workspace;
};

// The day of a UTC time in Europe/Stockholm.
QDate stockholmDate(const QDateTime &utc);
// The meeting's forum and day, as the follow-up rule reads them.
ForumDay forumDayOf(const Meeting &meeting);

} // namespace tf
