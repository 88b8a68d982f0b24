#include "services/care/ClientRecords.h"

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ClientSet.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/SbarRepository.h"
#include "storage/care/SipRepository.h"

#include <vector>

namespace tf {

ClientRecords::ClientRecords(Workspace &workspace)
    : m_workspace(workspace)
{ }

std::optional<Consent> ClientRecords::latestConsent(qint64 clientId, ConsentScope scope)
{
    return m_workspace.consents().latest(clientId, scope);
}

QList<std::optional<Consent>> ClientRecords::latestConsents(qint64 clientId)
{
    return readAlone(
        m_workspace.database(), [&](ReadBatch &batch) { return latestConsents(batch, clientId); });
}

Later<QList<std::optional<Consent>>> ClientRecords::latestConsents(
    ReadBatch &batch, qint64 clientId)
{
    const ClientSet client = ClientSet::ids({clientId});
    std::vector<Later<QHash<qint64, Consent>>> perScope;
    for (ConsentScope scope : allConsentScopes())
        perScope.push_back(m_workspace.consents().latestOfClients(batch, client, scope));
    return batch.derive<QList<std::optional<Consent>>>([perScope, clientId] {
        QList<std::optional<Consent>> latest;
        for (const auto &ofScope : perScope) {
            const auto consent = ofScope.get().constFind(clientId);
            latest << (consent == ofScope.get().constEnd() ? std::nullopt
                                                           : std::optional<Consent>(*consent));
        }
        return latest;
    });
}

qint64 ClientRecords::addConsent(const Consent &consent)
{
    Transaction transaction(m_workspace.database());
    const qint64 id = m_workspace.consents().add(consent, m_workspace.actorId());
    transaction.commit();
    return id;
}

std::optional<Participation> ClientRecords::participation(qint64 agendaItemId)
{
    if (agendaItemId <= 0)
        return std::nullopt;
    return m_workspace.care().participation(agendaItemId);
}

int ClientRecords::saveParticipation(const Participation &participation)
{
    Transaction transaction(m_workspace.database());
    const int version = m_workspace.care().saveParticipation(participation, m_workspace.actorId());
    transaction.commit();
    return version;
}

void ClientRecords::recordFeedback(const ClientFeedback &feedback)
{
    Transaction transaction(m_workspace.database());
    m_workspace.care().recordFeedback(feedback, m_workspace.actorId());
    transaction.commit();
}

QList<SipNeed> ClientRecords::sipNeedsOf(qint64 clientId)
{
    return m_workspace.sip().byClient(clientId);
}

QList<SipNeed> ClientRecords::openSipNeedsFor(qint64 personId)
{
    return m_workspace.sip().open(personId);
}

qint64 ClientRecords::addSipNeed(const SipNeed &need)
{
    Transaction transaction(m_workspace.database());
    const qint64 id = m_workspace.sip().create(need, m_workspace.actorId());
    transaction.commit();
    return id;
}

void ClientRecords::markSipDone(const SipNeed &need, const QDate &doneOn)
{
    Transaction transaction(m_workspace.database());
    m_workspace.sip().markDone(need, doneOn, m_workspace.actorId());
    transaction.commit();
}

SbarConsent ClientRecords::sbarConsent(qint64 clientId)
{
    const auto consent = latestConsent(clientId, ConsentScope::OtherCareProviders);
    SbarConsent result;
    if (!consent)
        return result;
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    result.obtained = consent->allowsSharing(today) ? FormAnswer::Yes : FormAnswer::No;
    result.decidedOn = consent->decidedOn;
    return result;
}

SbarReport ClientRecords::saveSbar(const SbarReport &report)
{
    Transaction transaction(m_workspace.database());
    SbarReport saved = report;
    if (saved.id == 0) {
        // The sender is the signed-in person, and "samtycke inhämtat" the
        // consent on record for other care providers today: never typed.
        saved.senderId = m_workspace.actorId();
        const auto sender = m_workspace.people().byId(saved.senderId);
        saved.senderName = sender ? sender->name : QString();
        saved.senderProfession = sender ? sender->profession : QString();
        const SbarConsent consent = sbarConsent(saved.clientId);
        saved.consentObtained = consent.obtained;
        saved.consentDate = consent.decidedOn;
        saved.id = m_workspace.sbar().create(saved, m_workspace.actorId());
        saved.version = 1;
    } else {
        const auto stored = m_workspace.sbar().byId(saved.id);
        if (!stored)
            throw StorageError(
                StorageError::Kind::NotFound, QStringLiteral("SBAR-rapporten finns inte längre."));
        const QString changed = saved.sentPartChangeFrom(*stored);
        if (!changed.isEmpty())
            throw StorageError(StorageError::Kind::Refused, changed);
        saved.createdUtc = stored->createdUtc;
        saved.version = m_workspace.sbar().complete(saved, m_workspace.actorId());
    }
    if (const auto stored = m_workspace.sbar().byId(saved.id))
        saved = *stored;
    transaction.commit();
    return saved;
}

} // namespace tf
