#pragma once

#include "domain/Handover.h"
#include "domain/Person.h"

#include <QDate>
#include <QList>

namespace tf {

class Workspace;

// One thing a leaver holds, as the handover lists it.
struct HandoverItem
{
    HandoverKind kind = HandoverKind::Action;
    qint64 rowId = 0; // the action, the client (for a role) or the SIP need
    qint64 clientId = 0; // 0: an action about no client
    QString clientName;
    QString what; // the action's text, the role, or the SIP need's note
    QDate dueDate; // an action's
    qint64 toPersonId = 0; // the successor; 0 leaves it with the leaver
};

// Staff who leave: the end of their employment, and the handover of what
// they hold (open actions, client roles, SIP responsibilities) to
// successors. Each change is one transaction, recorded for the signed-in
// person.
class Leavers
{
public:
    explicit Leavers(Workspace &workspace);

    // Sets the first day the person no longer works (an invalid date takes
    // the end back). Returns the person as stored. Throws StorageError with
    // a Swedish message for an unknown person.
    Person endEmployment(qint64 personId, const QDate &endsOn);

    // What the person holds that someone else must take over, in this
    // order: open actions, roles for current clients, open SIP needs.
    QList<HandoverItem> openItems(qint64 personId);

    // Hands each item that names a successor to them, all or nothing, and
    // records each in the handover log. Every successor must work on the
    // day of the handover and differ from the leaver. An item someone
    // else changed meanwhile (closed, or handed to another) refuses the
    // whole handover with StorageError::Kind::Conflict. Returns the items
    // handed over.
    QList<HandoverItem> handOver(qint64 fromPersonId, const QList<HandoverItem> &items);

    // The same with one successor for everything the person holds.
    QList<HandoverItem> handOverAll(qint64 fromPersonId, qint64 toPersonId);

private:
    Workspace &m_workspace;
};

} // namespace tf
