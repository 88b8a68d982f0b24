#include "services/care/CarePlanning.h"

#include "domain/Unit.h"
#include "services/Workspace.h"
#include "services/chair/CoordinatedUnits.h"
#include "storage/ActionRepository.h"
#include "storage/ActionScope.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSet.h"
#include "storage/ClientUnitRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ReadBatch.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/RiskRepository.h"

#include <QTimeZone>

#include <algorithm>

namespace tf {

QList<RiskNeed> riskNeedsFor(Workspace &workspace, const Client &client, const QDate &onDate)
{
    return ClientRiskRoutines::read(workspace, {client.id}).needsOf(client, onDate);
}

struct ClientRiskRoutines::Facts
{
    QHash<qint64, QString> unitServiceTypes; // by unit id: serviceTypeKey
    QHash<QString, QList<RiskInstrumentSetting>> instruments; // by serviceTypeKey
    QHash<qint64, QDate> movedIn;
    QHash<qint64, QHash<QString, int>> teamIntervals;
    QHash<qint64, QHash<QString, QDate>> lastComplete;
};

ClientRiskRoutines ClientRiskRoutines::read(Workspace &workspace, const QList<qint64> &clientIds)
{
    return readAlone(
        workspace.database(), [&](ReadBatch &batch) { return read(batch, workspace, clientIds); });
}

Later<ClientRiskRoutines> ClientRiskRoutines::read(
    ReadBatch &batch, Workspace &workspace, const QList<qint64> &clientIds)
{
    if (clientIds.isEmpty()) {
        return batch.derive<ClientRiskRoutines>([] {
            ClientRiskRoutines routines;
            routines.m_facts = std::make_shared<Facts>();
            return routines;
        });
    }
    return read(batch, workspace, ClientSet::ids(clientIds));
}

Later<ClientRiskRoutines> ClientRiskRoutines::read(
    ReadBatch &batch, Workspace &workspace, const ClientSet &set)
{
    RiskRepository &risks = workspace.risks();
    auto units = workspace.units().all(batch);
    auto instruments = risks.instrumentsByServiceType(batch);
    auto movedIn = risks.movedInDatesOf(batch, set);
    auto teamIntervals = risks.teamIntervalsOf(batch, set);
    auto lastComplete = risks.lastCompleteDatesOf(batch, set);
    return batch.derive<ClientRiskRoutines>(
        [units, instruments, movedIn, teamIntervals, lastComplete]() mutable {
            auto facts = std::make_shared<Facts>();
            for (const Unit &unit : units.get())
                facts->unitServiceTypes.insert(unit.id, serviceTypeKey(unit.serviceType));
            facts->instruments = instruments.take();
            facts->movedIn = movedIn.take();
            facts->teamIntervals = teamIntervals.take();
            facts->lastComplete = lastComplete.take();
            ClientRiskRoutines routines;
            routines.m_facts = std::move(facts);
            return routines;
        });
}

QList<RiskNeed> ClientRiskRoutines::needsOf(const Client &client, const QDate &onDate) const
{
    QList<RiskNeed> needs;
    const auto type = m_facts->unitServiceTypes.constFind(client.unitId);
    if (type == m_facts->unitServiceTypes.constEnd())
        return needs;
    const QHash<QString, int> teamIntervals = m_facts->teamIntervals.value(client.id);
    const QHash<QString, QDate> lastComplete = m_facts->lastComplete.value(client.id);
    const QDate movedIn = m_facts->movedIn.value(client.id);
    for (const RiskInstrumentSetting &setting : m_facts->instruments.value(*type)) {
        const auto teamMonths = teamIntervals.constFind(setting.instrument);
        const int months = routineIntervalMonths(setting.intervalMonths,
            teamMonths == teamIntervals.constEnd() ? std::nullopt
                                                   : std::optional<int>(*teamMonths));
        const auto last = lastComplete.constFind(setting.instrument);
        needs << riskNeed(setting.instrument, movedIn,
            last == lastComplete.constEnd() ? std::nullopt : std::optional<QDate>(*last), months,
            onDate);
    }
    return needs;
}

namespace {
// The decisions awaiting the person's feedback and their clients, added to
// the batch: the actions and the clients are read by one scope.
Later<QList<FeedbackDue>> feedbackDue(
    ReadBatch &batch, Workspace &workspace, const ActionScope &awaiting)
{
    auto actions = workspace.actions().select(batch, awaiting);
    auto clients = workspace.clients().inSet(batch, ClientSet::ofActions(awaiting));
    return batch.derive<QList<FeedbackDue>>([actions, clients]() mutable {
        QHash<qint64, Client> byId;
        for (Client &client : clients.take())
            byId.insert(client.id, std::move(client));
        QList<FeedbackDue> list;
        for (const Action &action : actions.get())
            list << FeedbackDue {action, byId.value(action.clientId)};
        std::sort(list.begin(), list.end(),
            [](const FeedbackDue &a, const FeedbackDue &b) { return a.action.id < b.action.id; });
        return list;
    });
}
} // namespace

QList<FeedbackDue> feedbackDueFor(Workspace &workspace, qint64 personId)
{
    return readAlone(workspace.database(),
        [&](ReadBatch &batch) { return feedbackDueFor(batch, workspace, personId); });
}

Later<QList<FeedbackDue>> feedbackDueFor(ReadBatch &batch, Workspace &workspace, qint64 personId)
{
    return feedbackDue(batch, workspace, ActionScope::awaitingFeedback(personId));
}

FeedbackDueRead readFeedbackDue(Workspace &workspace, qint64 personId)
{
    return readAlone(workspace.database(),
        [&](ReadBatch &batch) { return readFeedbackDue(batch, workspace, personId); });
}

Later<FeedbackDueRead> readFeedbackDue(ReadBatch &batch, Workspace &workspace, qint64 personId)
{
    const ActionScope awaiting = ActionScope::awaitingFeedback(personId);
    auto due = feedbackDue(batch, workspace, awaiting);
    auto meetings = workspace.meetings().decidingActions(batch, awaiting);
    auto forumNames = workspace.templates().names(batch);
    return batch.derive<FeedbackDueRead>([due, meetings, forumNames]() mutable {
        FeedbackDueRead read;
        read.due = due.take();
        for (Meeting &meeting : meetings.take())
            read.meetings.insert(meeting.id, std::move(meeting));
        read.forumNames = forumNames.take();
        return read;
    });
}

namespace {
// The meetings from fromUtc to toUtc where the client may be taken up: those
// of every unit that serves the client on the first day, and the
// samordningsmöten of the units that coordinate one of them; earliest first.
QList<Meeting> meetingsAbout(
    Workspace &workspace, const Client &client, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const QDate day = fromUtc.toTimeZone(QTimeZone("Europe/Stockholm")).date();
    QList<qint64> serving {client.unitId};
    for (const ClientUnit &row : ClientUnitRepository(workspace.database()).unitsOf(client.id)) {
        if (row.servesOn(day) && !serving.contains(row.unitId))
            serving << row.unitId;
    }
    QList<Meeting> list;
    for (qint64 unitId : serving)
        list << workspace.meetings().byUnit(unitId, fromUtc, toUtc);
    for (qint64 unitId : CoordinatedUnits(workspace).coordinatorsFor(client.id, day)) {
        if (serving.contains(unitId))
            continue;
        for (const Meeting &meeting : workspace.meetings().byUnit(unitId, fromUtc, toUtc)) {
            if (isSamordningsmote(workspace, meeting))
                list << meeting;
        }
    }
    std::stable_sort(list.begin(), list.end(),
        [](const Meeting &a, const Meeting &b) { return a.startUtc < b.startUtc; });
    return list;
}
} // namespace

QList<Meeting> suitableMeetingsFor(
    Workspace &workspace, const Client &client, const QDateTime &fromUtc, int days)
{
    QList<Meeting> list;
    for (const Meeting &meeting :
        meetingsAbout(workspace, client, fromUtc, fromUtc.addDays(days))) {
        if (meeting.status == MeetingStatus::Planned)
            list << meeting;
    }
    return list;
}

bool isSamordningsmote(Workspace &workspace, const Meeting &meeting)
{
    if (meeting.templateId == 0)
        return false;
    const auto forumTemplate = workspace.templates().byId(meeting.templateId);
    return forumTemplate && forumTemplate->forum == QLatin1String("samordningsmote");
}

QList<Meeting> samordningsmotenWithClient(Workspace &workspace, const Client &client,
    const QDateTime &aroundUtc, int daysBack, int daysAhead)
{
    QList<Meeting> list;
    const auto meetings = meetingsAbout(
        workspace, client, aroundUtc.addDays(-daysBack), aroundUtc.addDays(daysAhead));
    for (const Meeting &meeting : meetings) {
        if (meeting.status == MeetingStatus::Cancelled || !isSamordningsmote(workspace, meeting))
            continue;
        const auto items = workspace.meetings().agendaItems(meeting.id);
        const bool onAgenda = std::any_of(items.begin(), items.end(),
            [&](const AgendaItem &item) { return item.clientId == client.id; });
        if (onAgenda)
            list << meeting;
    }
    std::sort(list.begin(), list.end(),
        [](const Meeting &a, const Meeting &b) { return a.startUtc > b.startUtc; });
    return list;
}

QString clientAgendaRefusal(Workspace &workspace, qint64 meetingId, qint64 clientId)
{
    const auto meeting = workspace.meetings().byId(meetingId);
    if (!meeting)
        return QStringLiteral("Mötet finns inte längre.");
    if (clientId == 0 || !isSamordningsmote(workspace, *meeting))
        return {};
    const auto consent = workspace.consents().latest(clientId, ConsentScope::OtherCareProviders);
    const QDate meetingDay = meeting->startUtc.toTimeZone(QTimeZone("Europe/Stockholm")).date();
    return samordningConsentProblem(consent ? &*consent : nullptr, meetingDay);
}

} // namespace tf
