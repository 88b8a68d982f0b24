#pragma once

#include <QByteArray>

#include <optional>

namespace tf {

class Database;

// The salted hash of a person's personal code (SQLite only, migration 018):
// how an approver confirms who they are on a computer account without
// logins. The code itself is never stored.
struct StoredCode
{
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
};

class PersonCodeRepository
{
public:
    explicit PersonCodeRepository(Database &db);

    std::optional<StoredCode> code(qint64 personId);
    // Inserts or replaces the person's code, recorded for actorId.
    void save(qint64 personId, const StoredCode &code, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
