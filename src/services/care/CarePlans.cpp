#include "services/care/CarePlans.h"

#include "domain/StorageError.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSet.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"
#include "storage/care/CarePlanRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/RiskRepository.h"

#include <algorithm>

namespace tf {

namespace {
StorageError refused(const QString &why)
{
    return StorageError(StorageError::Kind::Refused, why);
}

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The latest event of the kind since the insats started.
std::optional<QDate> latest(
    const QList<CarePlanEvent> &events, CarePlanEventKind kind, const QDate &start)
{
    std::optional<QDate> found;
    for (const CarePlanEvent &event : events) {
        if (event.kind == kind && event.occurredOn >= start)
            found = event.occurredOn;
    }
    return found;
}

CarePlanFacts factsOf(const QList<CarePlanEvent> &events, const QDate &start, int months)
{
    CarePlanFacts facts;
    facts.insatsStart = start;
    facts.followUpMonths = months;
    if (start.isValid()) {
        facts.planningTalkOn = latest(events, CarePlanEventKind::PlanningTalk, start);
        facts.planWrittenOn = latest(events, CarePlanEventKind::PlanWritten, start);
        facts.lastFollowUpOn = latest(events, CarePlanEventKind::FollowUp, start);
    }
    for (const CarePlanEvent &event : events) {
        if (event.kind == CarePlanEventKind::LifeStory)
            facts.lifeStoryDone = event.done;
    }
    return facts;
}

int urgency(CarePlanState state)
{
    switch (state) {
    case CarePlanState::Overdue:
        return 0;
    case CarePlanState::Due:
        return 1;
    case CarePlanState::Planned:
        return 2;
    case CarePlanState::NoStart:
        break;
    }
    return 3;
}
} // namespace

CarePlans::CarePlans(Workspace &workspace)
    : m_workspace(workspace)
{ }

CarePlanEvent CarePlans::record(qint64 clientId, CarePlanEventKind kind, const QDate &on, bool done)
{
    if (!on.isValid())
        throw StorageError(StorageError::Kind::General, QStringLiteral("Ange ett datum."));
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    if (on > today)
        throw refused(QStringLiteral("%1 kan inte registreras för ett senare datum än i dag (%2).")
                          .arg(carePlanEventLabel(kind), day(on)));
    if (kind != CarePlanEventKind::LifeStory)
        done = true;
    Transaction transaction(m_workspace.database());
    const auto client = m_workspace.clients().byId(clientId);
    if (!client)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen kund med id %1.").arg(clientId));
    const QDate start = m_workspace.risks().movedInOn(clientId);
    CarePlanRepository repository(m_workspace.database());
    if (kind != CarePlanEventKind::LifeStory) {
        if (!start.isValid())
            throw refused(QStringLiteral("Kundens insats har inget startdatum. Ange "
                                         "inflyttningsdatum (insatsens start) först."));
        if (on < start)
            throw refused(QStringLiteral("%1 den %2 är före insatsens start (%3).")
                              .arg(carePlanEventLabel(kind), day(on), day(start)));
        const QList<CarePlanEvent> events = repository.ofClients({clientId}).value(clientId);
        const auto talk = latest(events, CarePlanEventKind::PlanningTalk, start);
        const auto plan = latest(events, CarePlanEventKind::PlanWritten, start);
        if (kind == CarePlanEventKind::PlanWritten && talk && on < *talk)
            throw refused(QStringLiteral("Genomförandeplanen kan inte vara skriven (%1) före "
                                         "planeringssamtalet (%2).")
                              .arg(day(on), day(*talk)));
        if (kind == CarePlanEventKind::FollowUp && (!plan || on < *plan))
            throw refused(plan ? QStringLiteral("Uppföljningen (%1) är före genomförandeplanen "
                                                "(%2).")
                                     .arg(day(on), day(*plan))
                               : QStringLiteral("Det finns ingen genomförandeplan att följa upp "
                                                "ännu. Registrera den först."));
    }
    CarePlanEvent event;
    event.clientId = clientId;
    event.kind = kind;
    event.occurredOn = on;
    event.done = done;
    event.id = repository.add(event, m_workspace.actorId());
    transaction.commit();
    event.recordedById = m_workspace.actorId();
    event.recordedUtc = QDateTime::currentDateTimeUtc();
    return event;
}

int CarePlans::followUpMonths(qint64 unitId)
{
    return carePlanFollowUpMonths(
        CarePlanRepository(m_workspace.database()).followUpMonths(unitId));
}

void CarePlans::setFollowUpMonths(qint64 unitId, int months)
{
    if (!isCarePlanFollowUpMonths(months))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Genomförandeplanen följs upp var sjätte eller var tredje månad "
                           "(6 eller 3), inte %1.")
                .arg(months));
    CarePlanRepository(m_workspace.database())
        .setFollowUpMonths(unitId, months, m_workspace.actorId());
}

QList<ClientCarePlan> CarePlans::ofClients(
    const QList<Client> &clients, const QDate &onDate, AccessPurpose purpose)
{
    QList<qint64> ids;
    for (const Client &client : clients)
        ids << client.id;
    return readAlone(m_workspace.database(), [&](ReadBatch &batch) {
        return ofClients(batch, ClientSet::ids(ids),
            batch.derive<QList<Client>>([clients] { return clients; }), onDate, purpose);
    });
}

Later<QList<ClientCarePlan>> CarePlans::ofClients(ReadBatch &batch, const ClientSet &set,
    Later<QList<Client>> clients, const QDate &onDate, AccessPurpose purpose)
{
    CarePlanRepository repository(m_workspace.database());
    auto events = repository.ofClients(batch, set);
    auto starts = m_workspace.risks().movedInDatesOf(batch, set);
    auto months = repository.followUpMonthsOfUnitsOf(batch, set);
    return batch.derive<QList<ClientCarePlan>>(
        [&workspace = m_workspace, clients, events, starts, months, onDate, purpose] {
            return plansOf(workspace, clients.get(), events.get(), starts.get(), months.get(),
                onDate, purpose);
        });
}

QList<ClientCarePlan> CarePlans::plansOf(Workspace &workspace, const QList<Client> &clients,
    const QHash<qint64, QList<CarePlanEvent>> &events, const QHash<qint64, QDate> &starts,
    const QHash<qint64, int> &unitMonths, const QDate &onDate, AccessPurpose purpose)
{
    QList<qint64> ids;
    QList<ClientCarePlan> plans;
    for (const Client &client : clients) {
        ids << client.id;
        const auto set = unitMonths.constFind(client.unitId);
        ClientCarePlan plan;
        plan.client = client;
        plan.facts = factsOf(events.value(client.id), starts.value(client.id),
            carePlanFollowUpMonths(
                set == unitMonths.cend() ? std::nullopt : std::optional<int>(*set)));
        plan.status = carePlanStatus(plan.facts, onDate);
        plans << plan;
    }
    std::stable_sort(plans.begin(), plans.end(), [](const auto &a, const auto &b) {
        if (urgency(a.status.state) != urgency(b.status.state))
            return urgency(a.status.state) < urgency(b.status.state);
        return a.status.nextDueOn < b.status.nextDueOn;
    });
    workspace.accessLogger().clientsRead(ids, AccessKind::ClientList, purpose);
    return plans;
}

QList<ClientCarePlan> CarePlans::ofContactPerson(
    qint64 personId, const QDate &onDate, AccessPurpose purpose)
{
    // The clients and their plans' rows in one read.
    const ClientSet mine = ClientSet::ofContactPerson(personId, onDate);
    return readAlone(m_workspace.database(), [&](ReadBatch &batch) {
        return ofClients(batch, mine, m_workspace.clients().inSet(batch, mine), onDate, purpose);
    });
}

QList<ClientCarePlan> CarePlans::ofUnit(qint64 unitId, const QDate &onDate, AccessPurpose purpose)
{
    return ofClients(m_workspace.clients().currentByUnit(unitId, onDate), onDate, purpose);
}

QList<CarePlanEvent> CarePlans::history(qint64 clientId, AccessPurpose purpose)
{
    const QList<CarePlanEvent> events
        = CarePlanRepository(m_workspace.database()).ofClients({clientId}).value(clientId);
    m_workspace.accessLogger().clientRead(clientId, AccessKind::ClientRecord, purpose);
    return events;
}

} // namespace tf
