#include "storage/care/ConsentRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/ClientSet.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, version, uuid, client_id, scope, decision, limitation, given_by, representative, "
    "form, decided_on, valid_until, recorded_by FROM consent");

Consent readConsent(const Query &query)
{
    Consent c;
    c.id = query.id(0);
    c.version = query.integer(1);
    c.uuid = query.text(2);
    c.clientId = query.id(3);
    consentScopeFromKey(query.text(4), &c.scope);
    c.decision = consentDecisionFromKey(query.text(5));
    c.limitation = query.text(6);
    c.givenBy = query.text(7) == QLatin1String("representative") ? ConsentGivenBy::Representative
                                                                 : ConsentGivenBy::Client;
    c.representative = query.text(8);
    c.form = query.text(9) == QLatin1String("written") ? ConsentForm::Written : ConsentForm::Oral;
    c.decidedOn = query.date(10);
    c.validUntil = query.date(11);
    c.recordedById = query.id(12);
    return c;
}
} // namespace

ConsentRepository::ConsentRepository(Database &db)
    : m_db(db)
{ }

qint64 ConsentRepository::add(Consent consent, qint64 actorId)
{
    const QString error = consent.validationError();
    if (!error.isEmpty())
        throw StorageError(StorageError::Kind::General, error);
    if (!consent.validUntil.isValid())
        consent.validUntil = Consent::expiryFor(consent.decidedOn);
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO consent (uuid, client_id, scope, decision, limitation, given_by, "
            "representative, form, decided_on, valid_until, recorded_by, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(consent.clientId)
        .bind(consentScopeKey(consent.scope))
        .bind(consentDecisionKey(consent.decision))
        .bind(consent.limitation.trimmed())
        .bind(consent.givenBy == ConsentGivenBy::Representative ? QStringLiteral("representative")
                                                                : QStringLiteral("client"))
        .bind(consent.representative.trimmed())
        .bind(consent.form == ConsentForm::Written ? QStringLiteral("written")
                                                   : QStringLiteral("oral"))
        .bindDate(consent.decidedOn)
        .bindDate(consent.validUntil)
        .bindId(actorId)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("consent"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

QList<Consent> ConsentRepository::history(qint64 clientId)
{
    Query query(m_db,
        kSelect
            + QStringLiteral(" WHERE client_id = ? ORDER BY decided_on DESC, "
                             "id DESC"));
    query.bind(clientId).exec();
    QList<Consent> list;
    while (query.next())
        list << readConsent(query);
    return list;
}

std::optional<Consent> ConsentRepository::latest(qint64 clientId, ConsentScope scope)
{
    Query query(m_db,
        kSelect
            + QStringLiteral(" WHERE client_id = ? AND scope = ? ORDER BY "
                             "decided_on DESC, id DESC"));
    query.bind(clientId).bind(consentScopeKey(scope)).exec();
    if (!query.next())
        return std::nullopt;
    return readConsent(query);
}

Later<QHash<qint64, Consent>> ConsentRepository::latestOfClients(
    ReadBatch &batch, const ClientSet &clients, ConsentScope scope)
{
    Query &statement = batch.add(kSelect
        + QStringLiteral(" WHERE client_id IN (%1) AND scope = ? ORDER BY "
                         "client_id, decided_on DESC, id DESC")
              .arg(clients.sql()));
    statement.bindAll(clients.values());
    statement.bind(consentScopeKey(scope));
    return batch.read<QHash<qint64, Consent>>(statement, [](Query &query) {
        QHash<qint64, Consent> found;
        while (query.next()) {
            const Consent consent = readConsent(query);
            if (!found.contains(consent.clientId))
                found.insert(consent.clientId, consent);
        }
        return found;
    });
}

} // namespace tf
