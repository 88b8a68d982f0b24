#include "services/care/RiskIndividuals.h"

#include "domain/StorageError.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/care/CarePlanning.h"
#include "services/chair/CoordinatedUnits.h"
#include "services/scheduling/AgendaBuilder.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/Transaction.h"
#include "storage/care/HospitalStayRepository.h"
#include "storage/care/RiskRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tf {

QList<Client> samordningClients(Workspace &workspace, const Meeting &meeting)
{
    return CoordinatedUnits(workspace).currentClientsForMeeting(
        meeting.id, stockholmDate(meeting.startUtc));
}

std::optional<Meeting> nextSamordningsmote(
    Workspace &workspace, const Client &client, const QDateTime &fromUtc)
{
    // The client's own unit and every unit whose samordningsmöte coordinates
    // a unit serving the client; within a year, as they meet weekly or so.
    QList<qint64> units {client.unitId};
    for (const qint64 unitId :
        CoordinatedUnits(workspace).coordinatorsFor(client.id, stockholmDate(fromUtc))) {
        if (!units.contains(unitId))
            units << unitId;
    }
    std::optional<Meeting> next;
    for (const qint64 unitId : units) {
        for (const Meeting &meeting :
            workspace.meetings().byUnit(unitId, fromUtc, fromUtc.addYears(1))) {
            if (meeting.status == MeetingStatus::Cancelled
                || !isSamordningsmote(workspace, meeting))
                continue;
            if (!next || meeting.startUtc < next->startUtc)
                next = meeting;
            break;
        }
    }
    return next;
}

RiskIndividuals::RiskIndividuals(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<RiskIndividual> RiskIndividuals::proposedFor(qint64 meetingId)
{
    const auto meeting = m_workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet finns inte längre."));
    if (!isSamordningsmote(m_workspace, *meeting))
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Riskindivider föreslås för samordningsmöten."));
    QSet<qint64> onAgenda;
    for (const AgendaItem &item : m_workspace.meetings().agendaItems(meetingId))
        onAgenda.insert(item.clientId);
    QList<Client> clients;
    QList<qint64> ids;
    for (const Client &client : samordningClients(m_workspace, *meeting)) {
        if (!onAgenda.contains(client.id)) {
            clients << client;
            ids << client.id;
        }
    }
    const QHash<qint64, QDate> discharged
        = HospitalStayRepository(m_workspace.database()).latestOf(ids);
    const QDate day = stockholmDate(meeting->startUtc);
    QList<RiskIndividual> proposed;
    QList<qint64> read;
    for (const Client &client : clients) {
        const QStringList reasons = riskIndividualReasons(
            m_workspace.risks().history(client.id), discharged.value(client.id), day);
        read << client.id;
        if (!reasons.isEmpty())
            proposed << RiskIndividual {client, reasons};
    }
    std::sort(
        proposed.begin(), proposed.end(), [](const RiskIndividual &a, const RiskIndividual &b) {
            return QString::localeAwareCompare(a.client.name, b.client.name) < 0;
        });
    m_workspace.accessLogger().clientsRead(
        read, AccessKind::RiskStatus, AccessPurpose::BeforeMeeting, meetingId);
    return proposed;
}

RiskIndividuals::Added RiskIndividuals::addToAgenda(
    qint64 meetingId, const QList<qint64> &clientIds)
{
    Transaction transaction(m_workspace.database());
    const QList<RiskIndividual> proposed = proposedFor(meetingId);
    Added added;
    for (qint64 clientId : clientIds) {
        const auto it = std::find_if(proposed.cbegin(), proposed.cend(),
            [&](const RiskIndividual &r) { return r.client.id == clientId; });
        if (it == proposed.cend())
            throw StorageError(StorageError::Kind::Refused,
                QStringLiteral("Kunden är inte föreslagen för mötet, eller står redan på "
                               "dagordningen."));
        AgendaItem item;
        item.meetingId = meetingId;
        item.clientId = clientId;
        item.title = AgendaBuilder::clientTitle(it->client.name, it->client.apartment);
        item.body = QStringLiteral("Riskindivid: %1").arg(it->reasons.join(QStringLiteral("; ")));
        item.raisedById = m_workspace.actorId();
        try {
            added.itemIds << m_workspace.agenda().add(item);
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::Refused)
                throw;
            added.refused << qMakePair(clientId, error.userMessage());
        }
    }
    transaction.commit();
    return added;
}

qint64 RiskIndividuals::recordHospitalStay(
    qint64 clientId, const QDate &dischargedOn, const QString &note)
{
    HospitalStay stay;
    stay.clientId = clientId;
    stay.dischargedOn = dischargedOn;
    stay.note = note;
    return recordHospitalStay(stay);
}

qint64 RiskIndividuals::recordHospitalStay(const HospitalStay &stay)
{
    const QString problem
        = hospitalStayProblem(stay, stockholmDate(QDateTime::currentDateTimeUtc()));
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::General, problem);
    Transaction transaction(m_workspace.database());
    if (!m_workspace.clients().byId(stay.clientId))
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen kund med id %1.").arg(stay.clientId));
    const qint64 id
        = HospitalStayRepository(m_workspace.database()).add(stay, m_workspace.actorId());
    transaction.commit();
    return id;
}

QList<HospitalStay> RiskIndividuals::hospitalStaysOf(qint64 clientId, AccessPurpose purpose)
{
    m_workspace.accessLogger().clientRead(clientId, AccessKind::ClientRecord, purpose);
    return HospitalStayRepository(m_workspace.database()).ofClient(clientId);
}

} // namespace tf
