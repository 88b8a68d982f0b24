#pragma once

#include "domain/care/JournalRecord.h"

#include <QHash>
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

    std::optional<JournalMark> mark(qint64 actionId);
    // The marks of some actions, in one read, by action id.
    QHash<qint64, JournalMark> marksOf(const QList<qint64> &actionIds);
    // Marks the action documented now, by actorId.
    void addMark(qint64 actionId, const QString &record, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
