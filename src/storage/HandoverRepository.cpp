#include "storage/HandoverRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

HandoverRepository::HandoverRepository(Database &db)
    : m_db(db)
{ }

void HandoverRepository::record(const HandoverEntry &entry, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO handover (handed_at, handed_by, from_person_id, "
                       "to_person_id, what, row_id, client_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(nowUtcText())
        .bindId(actorId)
        .bind(entry.fromPersonId)
        .bind(entry.toPersonId)
        .bind(handoverKindKey(entry.kind))
        .bind(entry.rowId)
        .bindId(entry.clientId)
        .exec();
}

QList<HandoverEntry> HandoverRepository::involving(qint64 personId)
{
    Query query(m_db,
        QStringLiteral("SELECT id, handed_at, handed_by, from_person_id, to_person_id, what, "
                       "row_id, client_id FROM handover "
                       "WHERE from_person_id = ? OR to_person_id = ? ORDER BY id"));
    query.bind(personId).bind(personId).exec();
    QList<HandoverEntry> entries;
    while (query.next()) {
        HandoverEntry entry;
        entry.id = query.id(0);
        entry.handedUtc = query.time(1);
        entry.handedById = query.id(2);
        entry.fromPersonId = query.id(3);
        entry.toPersonId = query.id(4);
        handoverKindFromKey(query.text(5), &entry.kind);
        entry.rowId = query.id(6);
        entry.clientId = query.id(7);
        entries << entry;
    }
    return entries;
}

} // namespace tf
