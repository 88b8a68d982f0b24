#pragma once

#include "domain/Handover.h"

#include <QList>

namespace tf {

class Database;

// The record of what leavers handed over to whom. Rows are only added: on
// PostgreSQL the users may not change or remove them, and the person who
// handed over is the signed-in login's.
class HandoverRepository
{
public:
    explicit HandoverRepository(Database &db);

    // Records one thing handed over now, by actorId.
    void record(const HandoverEntry &entry, qint64 actorId);
    // What was handed over from or to the person, oldest first.
    QList<HandoverEntry> involving(qint64 personId);

private:
    Database &m_db;
};

} // namespace tf
