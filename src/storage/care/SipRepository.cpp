#include "storage/care/SipRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

SipRepository::SipRepository(Database &db)
    : m_db(db)
{ }

qint64 SipRepository::create(const SipNeed &need, qint64 actorId)
{
    if (need.responsibleId == 0)
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Ange vem som ansvarar för att kalla till SIP."));
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO sip_need (uuid, client_id, meeting_id, responsible_id, note, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(need.clientId)
        .bindId(need.meetingId)
        .bind(need.responsibleId)
        .bind(need.note.trimmed())
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("sip_need"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

QList<SipNeed> SipRepository::open(qint64 responsiblePersonId)
{
    if (responsiblePersonId == 0)
        return select(QStringLiteral("done_on IS NULL"), {});
    return readAlone(m_db, [&](ReadBatch &batch) { return open(batch, responsiblePersonId); });
}

Later<QList<SipNeed>> SipRepository::open(ReadBatch &batch, qint64 responsiblePersonId)
{
    return select(batch, openOfCondition(), {responsiblePersonId});
}

QString SipRepository::openOfCondition()
{
    return QStringLiteral("done_on IS NULL AND responsible_id = ?");
}

QList<SipNeed> SipRepository::byClient(qint64 clientId)
{
    return select(QStringLiteral("client_id = ?"), {clientId});
}

Later<QList<SipNeed>> SipRepository::byClient(ReadBatch &batch, qint64 clientId)
{
    return select(batch, QStringLiteral("client_id = ?"), {clientId});
}

void SipRepository::markDone(const SipNeed &need, const QDate &doneOn, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE sip_need SET done_on = ?, version = version + 1, updated_at = ?, "
                       "updated_by = ? "
                       "WHERE id = ? AND version = ?"));
    update.bindDate(doneOn).bind(nowUtcText()).bindId(actorId).bind(need.id).bind(need.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("SIP-behovet har ändrats av någon annan sedan du "
                           "öppnade det."));
    recordChange(m_db, actorId, QStringLiteral("sip_need"), need.id, QStringLiteral("update"));
    transaction.commit();
}

void SipRepository::setResponsible(const SipNeed &need, qint64 personId, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE sip_need SET responsible_id = ?, version = version + 1, "
                       "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    update.bind(personId).bind(nowUtcText()).bindId(actorId).bind(need.id).bind(need.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("SIP-behovet har ändrats av någon annan sedan du "
                           "öppnade det."));
    recordChange(m_db, actorId, QStringLiteral("sip_need"), need.id, QStringLiteral("update"));
    transaction.commit();
}

QList<SipNeed> SipRepository::select(const QString &where, const QVariantList &values)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return select(batch, where, values); });
}

Later<QList<SipNeed>> SipRepository::select(
    ReadBatch &batch, const QString &where, const QVariantList &values)
{
    Query &query = batch.add(QStringLiteral("SELECT id, version, uuid, client_id, meeting_id, "
                                            "responsible_id, note, done_on FROM sip_need WHERE ")
        + where + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : values)
        query.bind(value);
    return batch.read<QList<SipNeed>>(query, [](Query &rows) {
        QList<SipNeed> list;
        while (rows.next()) {
            SipNeed n;
            n.id = rows.id(0);
            n.version = rows.integer(1);
            n.uuid = rows.text(2);
            n.clientId = rows.id(3);
            n.meetingId = rows.id(4);
            n.responsibleId = rows.id(5);
            n.note = rows.text(6);
            n.doneOn = rows.date(7);
            list << n;
        }
        return list;
    });
}

} // namespace tf
