#include "services/scheduling/AgendaBuilder.h"

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/MinutesDocument.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/care/RiskCarePlans.h"
#include "services/quality/ActionPlans.h"
#include "services/quality/AptYearWheel.h"
#include "services/quality/Complaints.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/ClientUnitRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/RotationRepository.h"
#include "storage/TeamRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QHash>

namespace tf {

AgendaBuilder::AgendaBuilder(Workspace &workspace)
    : m_workspace(workspace)
{ }

QString AgendaBuilder::followUpTitle(const QString &what)
{
    return QStringLiteral("Uppföljning: %1").arg(what);
}

QString AgendaBuilder::clientTitle(const QString &name, const QString &apartment)
{
    const QString label = apartmentLabel(apartment);
    return label.isEmpty() ? name : QStringLiteral("%1, %2").arg(name, label);
}

AgendaBuilder::Result AgendaBuilder::build(qint64 meetingId)
{
    Transaction transaction(m_workspace.database());
    const auto meeting = m_workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet finns inte längre."));
    const auto forumTemplate = m_workspace.templates().byId(meeting->templateId);
    const auto unit = m_workspace.units().byId(meeting->unitId);
    const qint64 actor = m_workspace.actorId();
    Result result;

    QList<TemplateAgendaItem> fixedBefore, fixedAfter, perClient;
    if (forumTemplate) {
        for (const auto &item : forumTemplate->agenda) {
            if (item.perClient)
                perClient << item;
            else
                (perClient.isEmpty() ? fixedBefore : fixedAfter) << item;
        }
    }
    QHash<qint64, Client> clients;
    // Only clients whose insats lasts on the meeting's day are suggested.
    for (const Client &client : ClientUnitRepository(m_workspace.database())
                                    .currentForMeeting(meetingId, stockholmDate(meeting->startUtc)))
        clients.insert(client.id, client);

    // Clients: those agreed last time first, then the rotation.
    if (!perClient.isEmpty()) {
        result.agreedClients = m_workspace.minutes().clientsForNextMeeting(
            meeting->unitId, meeting->templateId, meeting->startUtc);
        result.rotationClients = m_workspace.rotation().picks(meetingId);
        if (result.rotationClients.isEmpty() && unit) {
            const UnitPlanning planning = m_workspace.teams().planning(unit->id, unit->serviceType);
            result.rotationClients = ClientRotation::pick(planning.scheme, clients.values(),
                m_workspace.rotation().history(*meeting), stockholmDate(meeting->startUtc),
                planning.clientsPerMeeting);
            if (!result.rotationClients.isEmpty())
                m_workspace.rotation().setPicks(meetingId, result.rotationClients, actor);
        }
    }
    // A client agreed or picked before their insats ended is not taken up.
    result.agreedClients.removeIf([&](qint64 id) { return !clients.contains(id); });
    result.rotationClients.removeIf([&](qint64 id) { return !clients.contains(id); });
    QList<qint64> clientOrder = result.agreedClients;
    for (qint64 id : result.rotationClients) {
        if (!clientOrder.contains(id))
            clientOrder << id;
    }

    // Actions that come back at this meeting: the rule meeting mode shows
    // them by (ActionList::followUpsFor, domain/FollowUp).
    QList<Action> dueActions;
    const auto followUps = ActionList(m_workspace).followUpsFor(*meeting);
    for (const ActionListRow &row : followUps) {
        dueActions << row.action;
        result.followUpActions << row.action.id;
    }

    // The wanted agenda; existing items are matched and kept.
    QList<AgendaItem> existing = m_workspace.meetings().agendaItems(meetingId);
    QList<AgendaItem> wanted;
    auto fixedItem = [&](const TemplateAgendaItem &item) {
        AgendaItem agendaItem;
        agendaItem.title = item.title;
        agendaItem.fromTemplate = true;
        wanted << agendaItem;
    };
    for (const auto &item : fixedBefore)
        fixedItem(item);
    QStringList perClientTitles;
    for (const auto &item : perClient)
        perClientTitles << item.title;
    for (qint64 clientId : clientOrder) {
        AgendaItem item;
        const Client client = clients.value(clientId);
        item.title = clientTitle(client.name, client.apartment);
        item.body = perClientTitles.join(QLatin1Char('\n'));
        item.clientId = clientId;
        wanted << item;
    }
    for (const Action &action : dueActions) {
        AgendaItem item;
        item.title = followUpTitle(action.what);
        item.clientId = action.clientId;
        item.raisedById = action.responsibleId;
        wanted << item;
    }
    // A vårdplan made after a risk found comes up at the client's next
    // teammöte and again from its follow-up day (RiskCarePlans).
    for (const RiskPlanAgendaItem &plan :
        RiskCarePlans(m_workspace).agendaItemsFor(*meeting, clients.keys())) {
        AgendaItem item;
        item.title = plan.title;
        item.body = plan.body;
        item.clientId = plan.clientId;
        wanted << item;
    }
    // The APT takes up the unit's open complaints and suggestions.
    if (forumTemplate && forumTemplate->forum == QLatin1String("apt")) {
        const QString open = openComplaintsText(complaintsOf(m_workspace, meeting->unitId, true));
        if (!open.isEmpty()) {
            AgendaItem item;
            item.title = complaintsItemTitle();
            item.body = open;
            wanted << item;
        }
    }
    // Each open handlingsplan followed up at this forum comes back until it
    // is signed off; the APT takes up its month's årshjul topics.
    if (forumTemplate) {
        for (const ActionPlan &plan :
            ActionPlans(m_workspace).openAt(meeting->unitId, forumTemplate->forum)) {
            AgendaItem item;
            item.title = planItemTitle(plan.area);
            item.body = planItemText(plan);
            wanted << item;
        }
        if (forumTemplate->forum == QLatin1String("apt")) {
            const int month = stockholmDate(meeting->startUtc).month();
            for (const QString &topic :
                AptYearWheel(m_workspace).month(meeting->unitId, month).topics) {
                AgendaItem item;
                item.title = yearWheelItemTitle(topic);
                wanted << item;
            }
        }
    }
    for (const auto &item : fixedAfter)
        fixedItem(item);

    // Items of meetings still to come follow the plans as they change.
    const bool toCome = meeting->startUtc > QDateTime::currentDateTimeUtc();
    QList<AgendaItem> ordered;
    for (AgendaItem item : wanted) {
        auto match = std::find_if(existing.begin(), existing.end(), [&](const AgendaItem &e) {
            if (item.fromTemplate || item.title.startsWith(QLatin1String("Uppföljning: "))
                || item.title == complaintsItemTitle() || isPlanItemTitle(item.title)
                || isYearWheelItemTitle(item.title))
                return e.title == item.title;
            if (isRiskPlanItemTitle(item.title))
                return e.title == item.title && e.clientId == item.clientId && e.raisedById == 0;
            return e.clientId == item.clientId && e.raisedById == 0
                && !isRiskPlanItemTitle(e.title);
        });
        if (match != existing.end()) {
            if (toCome && (isPlanItemTitle(item.title) || isRiskPlanItemTitle(item.title))
                && match->body != item.body) {
                match->body = item.body;
                m_workspace.agenda().update(*match);
            }
            ordered << *match;
            existing.erase(match);
            continue;
        }
        item.meetingId = meetingId;
        item.position = 0;
        try {
            item.id = m_workspace.agenda().add(item);
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::Refused)
                throw;
            result.refusedClients << qMakePair(item.clientId, error.userMessage());
            continue;
        }
        ordered << item;
        ++result.added;
    }
    // A plan signed off, or a topic the unit took off its årshjul, leaves
    // the agendas of meetings still to come.
    existing.removeIf([&](const AgendaItem &item) {
        if (!toCome || item.raisedById != 0
            || !(isPlanItemTitle(item.title) || isYearWheelItemTitle(item.title)
                || isRiskPlanItemTitle(item.title)))
            return false;
        m_workspace.agenda().remove(item.id);
        return true;
    });
    ordered << existing; // what members added, after the built agenda
    QList<qint64> order;
    for (const AgendaItem &item : ordered)
        order << item.id;
    m_workspace.agenda().reorder(meetingId, order);
    transaction.commit();
    return result;
}

AgendaBuilder::Result AgendaBuilder::overrideRotation(
    qint64 meetingId, const QList<qint64> &clientIds)
{
    Transaction transaction(m_workspace.database());
    const QList<qint64> before = m_workspace.rotation().picks(meetingId);
    m_workspace.rotation().setPicks(meetingId, clientIds, m_workspace.actorId());
    for (const AgendaItem &item : m_workspace.meetings().agendaItems(meetingId)) {
        if (item.clientId > 0 && item.raisedById == 0 && !item.fromTemplate
            && before.contains(item.clientId) && !clientIds.contains(item.clientId)
            && !item.title.startsWith(QLatin1String("Uppföljning: "))
            && !isRiskPlanItemTitle(item.title))
            m_workspace.agenda().remove(item.id);
    }
    const Result result = build(meetingId);
    transaction.commit();
    return result;
}

} // namespace tf
