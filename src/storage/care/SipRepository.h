#pragma once

#include "domain/care/CareRecords.h"

#include <QList>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// Clients marked at a samordningsmöte as needing a SIP, until it is called.
class SipRepository
{
public:
    explicit SipRepository(Database &db);

    // Throws StorageError when no responsible person is named.
    qint64 create(const SipNeed &need, qint64 actorId);
    // Open needs, oldest first; all responsible people when personId is 0.
    QList<SipNeed> open(qint64 responsiblePersonId = 0);
    // The person's open needs, oldest first, added to a batch.
    Later<QList<SipNeed>> open(ReadBatch &batch, qint64 responsiblePersonId);
    // The condition on `sip_need` of a person's open needs; binds the
    // person's id. Their clients and meetings are read by it too.
    static QString openOfCondition();
    QList<SipNeed> byClient(qint64 clientId);
    Later<QList<SipNeed>> byClient(ReadBatch &batch, qint64 clientId);
    // Throws StorageError::Kind::Conflict when the need changed since read.
    void markDone(const SipNeed &need, const QDate &doneOn, qint64 actorId);
    // Another person becomes responsible for calling the SIP. Throws
    // StorageError::Kind::Conflict when the need changed since read.
    void setResponsible(const SipNeed &need, qint64 personId, qint64 actorId);

private:
    QList<SipNeed> select(const QString &where, const QVariantList &values);
    Later<QList<SipNeed>> select(
        ReadBatch &batch, const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace tf
