#pragma once

#include "domain/care/JournalRecord.h"

#include <QList>

#include <optional>

namespace tf {

class Database;

// The journal reminders: actions that say "dokumenteras i journal av X"
// and the marks that they were documented (journal_entry_done, only added).
class JournalRepository
{
public:
    explicit JournalRepository(Database &db);

    // The ids of the open and done (not cancelled) actions that name the
    // person for the journal entry and have no mark yet, oldest first.
    QList<qint64> awaitingEntryBy(qint64 personId);
    std::optional<JournalMark> mark(qint64 actionId);
    // Marks the action documented now, by actorId.
    void addMark(qint64 actionId, const QString &record, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
