#pragma once

#include "domain/Action.h"
#include "domain/care/JournalRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// An action the person must document in the client's journal.
struct JournalDue
{
    Action action;
    QString clientName; // empty for an action about no client
};

// The journal reminder: an action decided with "dokumenteras i journal av
// X" is on X's list until X marks it documented, saying in which record
// (SoL, HSL, LSS); who and when are kept with it. Nobody else may mark it
// (refused here, and on PostgreSQL by the database). One transaction.
// Throws StorageError with a Swedish message.
class JournalDuties
{
public:
    explicit JournalDuties(Workspace &workspace);

    // Open and done actions (not cancelled) naming the person for the
    // journal entry, without a mark yet, oldest first.
    QList<JournalDue> dueFor(qint64 personId);
    // The same, added to a batch of a view's reads (one round trip with them).
    Later<QList<JournalDue>> dueFor(ReadBatch &batch, qint64 personId);
    // Marks it documented by the workspace's person now.
    JournalMark markDocumented(qint64 actionId, const QString &record);
    std::optional<JournalMark> markOf(qint64 actionId);

private:
    Workspace &m_workspace;
};

} // namespace tf
