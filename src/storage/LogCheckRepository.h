#pragma once

#include "domain/LogCheck.h"

#include <QSet>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// The saved loggkontroller (migration 020). Checks are only added; a new
// check of the same unit and month supersedes an earlier one by being newer.
// No client is stored: a row keeps the access-log entry's id, reader, time
// and kind.
class LogCheckRepository
{
public:
    explicit LogCheckRepository(Database &db);

    // Saves the check and its rows in one transaction, now, by reviewerId
    // (on PostgreSQL the signed-in login's person). Returns the new id.
    qint64 save(const LogCheck &check, qint64 reviewerId);
    // Every check whose period starts with periodPrefix ("2026" or
    // "2026-03"), rows included, oldest first.
    QList<LogCheck> checks(const QString &periodPrefix);
    // The units with a saved check of the period ("2026-03"), without rows.
    QSet<qint64> unitsChecked(const QString &period);
    Later<QSet<qint64>> unitsChecked(ReadBatch &batch, const QString &period);

private:
    Database &m_db;
};

} // namespace tf
