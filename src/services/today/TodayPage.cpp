#include "services/today/TodayPage.h"

#include "domain/AccessLogEntry.h"
#include "domain/Person.h"
#include "domain/Professions.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Identity.h"
#include "services/LogChecks.h"
#include "services/Workspace.h"
#include "services/care/CareMeetings.h"
#include "services/care/CarePlanning.h"
#include "services/quality/ActionPlans.h"
#include "services/quality/SelfInspections.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSet.h"
#include "storage/Database.h"
#include "storage/LoginRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSet.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"
#include "storage/TeamRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitKey.h"
#include "storage/UnitRepository.h"
#include "storage/care/CareRepository.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace tf {

namespace {
// How far ahead the nurse's next meeting is looked for, as Inför mötet does.
constexpr int kNextMeetingDays = 28;
// An egenkontroll not yet done is listed once its period ends within this
// many days (a yearly one not from January on); an overdue one always.
constexpr int kCheckDueDays = 30;
// A handlingsplan's action is listed this many days before its day.
constexpr int kPlanStepDueDays = 14;

QTimeZone stockholm()
{
    return QTimeZone(QByteArrayLiteral("Europe/Stockholm"));
}

QDateTime startOfDayUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), stockholm()).toUTC();
}

// Every unit, read once with the page's other shared reads (a few hundred
// rows even in a region), instead of one read a unit as met.
class PageUnits
{
public:
    explicit PageUnits(const QList<Unit> &units)
        : m_all(units)
    {
        for (const Unit &unit : units)
            m_names.insert(unit.id, unit.name);
    }

    QString name(qint64 unitId) const { return m_names.value(unitId); }
    // The units a person works at (ids as PersonRepository::unitsOf gives
    // them); everyone's when none is recorded for them (a small
    // organisation where the enhetschef is tied to no unit).
    QList<Unit> of(const QList<qint64> &ids) const
    {
        if (ids.isEmpty())
            return m_all;
        QList<Unit> units;
        for (const Unit &unit : m_all) {
            if (ids.contains(unit.id))
                units << unit;
        }
        return units;
    }

private:
    QList<Unit> m_all;
    QHash<qint64, QString> m_names;
};

// The names the page's meetings show: every forum's and unit's, read once.
struct Names
{
    QHash<qint64, QString> forums;
    const PageUnits &units;
};

TodayMeeting describe(const Meeting &meeting, qint64 personId, const Names &names)
{
    TodayMeeting shown;
    shown.meeting = meeting;
    if (meeting.templateId)
        shown.forumName = names.forums.value(meeting.templateId);
    shown.unitName = names.units.name(meeting.unitId);
    shown.chairing = meeting.chairId == personId;
    shown.secretary = meeting.secretaryId == personId;
    return shown;
}

// The meetings in [fromUtc, toUtc) the person takes part in (as a
// participant, or as the substitute of someone with förhinder: `bookings`)
// or chairs or writes the minutes of, not cancelled, by start; those of
// every unit read together, with the batch's other reads.
Later<QList<Meeting>> meetingsOfPerson(ReadBatch &batch, Workspace &workspace, qint64 personId,
    const QList<Booking> &bookings, const QList<qint64> &unitIds, const QDateTime &fromUtc,
    const QDateTime &toUtc)
{
    QList<qint64> booked;
    for (const Booking &booking : bookings)
        if (!booked.contains(booking.meetingId))
            booked << booking.meetingId;
    Later<QList<Meeting>> bookedRead = workspace.meetings().byIds(batch, booked);
    QList<Later<QList<Meeting>>> unitsRead;
    for (qint64 unitId : unitIds)
        unitsRead << workspace.meetings().byUnit(batch, UnitKey::unit(unitId), fromUtc, toUtc);
    return batch.derive<QList<Meeting>>([personId, bookedRead, unitsRead] {
        QSet<qint64> ids;
        QList<Meeting> meetings;
        const auto add = [&](const Meeting &meeting) {
            if (meeting.status != MeetingStatus::Cancelled && !ids.contains(meeting.id)) {
                ids.insert(meeting.id);
                meetings << meeting;
            }
        };
        for (const Meeting &meeting : bookedRead.get())
            add(meeting);
        for (const Later<QList<Meeting>> &unitMeetings : unitsRead) {
            for (const Meeting &meeting : unitMeetings.get()) {
                if (meeting.chairId == personId || meeting.secretaryId == personId)
                    add(meeting);
            }
        }
        std::sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) {
            return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.id < b.id;
        });
        return meetings;
    });
}

bool isClinician(const Person &person)
{
    return practises(person, Clinician::Nurse)
        || practises(person, Clinician::OccupationalTherapist)
        || practises(person, Clinician::Physiotherapist);
}

// What the nurse's next meeting is found in: the coming meetings she
// prepares for and the items about her own clients on their agendas; and
// the next such meeting's own clients with their risk routines, named in
// SQL (MeetingSet::firstAbout), all read with the page's other parts.
struct ClinicianReads
{
    Later<ClinicianMeetings> meetings;
    Later<QList<AgendaItem>> items;
    Later<QList<Client>> nextClients;
    Later<ClientRiskRoutines> nextRoutines;
};

ClinicianReads addClinicianReads(ReadBatch &batch, Workspace &workspace, const QDateTime &nowUtc)
{
    const QDateTime until = nowUtc.addDays(kNextMeetingDays);
    const qint64 me = workspace.actorId();
    const ClientSet mine = ClientSet::ofClinician(me, stockholmDate(nowUtc));
    const ClientSet nextClients = ClientSet::onAgendasOf(
        MeetingSet::firstAbout(clinicianMeetingSet(me, nowUtc, until), mine), mine);
    return {clinicianMeetings(batch, workspace, me, nowUtc, until),
        clinicianAgendaItems(batch, workspace, me, nowUtc, until),
        workspace.clients().inSet(batch, nextClients),
        ClientRiskRoutines::read(batch, workspace, nextClients)};
}

// The nurse's next meeting with their own clients on the agenda, and the
// assessments those clients still need on its day. Only the clients listed
// are to be logged (risk_status, before the meeting): added to `reads`.
void readAssessments(Workspace &workspace, TodayPage &page, const ClinicianReads &read,
    const Names &names, QList<AccessRead> &reads)
{
    QHash<qint64, QList<AgendaItem>> itemsOf;
    for (const AgendaItem &item : read.items.get())
        itemsOf[item.meetingId] << item;
    for (const Meeting &meeting : read.meetings.get().meetings) {
        const QList<AgendaItem> items = itemsOf.value(meeting.id);
        if (items.isEmpty())
            continue;
        page.nextMeeting = describe(meeting, workspace.actorId(), names);
        const QDate meetingDay = meeting.startUtc.toTimeZone(stockholm()).date();
        // Each client once, at their first item.
        QList<qint64> clientIds;
        QHash<qint64, qint64> firstItem;
        for (const AgendaItem &item : items) {
            if (!firstItem.contains(item.clientId)) {
                firstItem.insert(item.clientId, item.id);
                clientIds << item.clientId;
            }
        }
        QHash<qint64, Client> clients;
        for (const Client &client : read.nextClients.get())
            clients.insert(client.id, client);
        const ClientRiskRoutines &routines = read.nextRoutines.get();
        for (qint64 clientId : std::as_const(clientIds)) {
            const auto client = clients.constFind(clientId);
            if (client == clients.constEnd())
                continue;
            QList<RiskNeed> needs = routines.needsOf(*client, meetingDay);
            needs.removeIf(
                [](const RiskNeed &need) { return need.state == RiskDueState::Current; });
            if (needs.isEmpty())
                continue;
            page.assessments << TodayAssessment {*client, firstItem.value(clientId), needs};
            reads << AccessRead {
                client->id, AccessKind::RiskStatus, AccessPurpose::BeforeMeeting, meeting.id};
        }
        return;
    }
}

// The handlingsplan actions of the page (TodayPage::planSteps), the most
// urgent first; managedUnits empty for someone who manages none.
Later<QList<TodayPlanStep>> planStepsOf(ReadBatch &batch, Workspace &workspace, qint64 personId,
    const QDate &day, const QList<Unit> &managedUnits, const PageUnits &units)
{
    // Every open plan's due actions in one read, the most urgent first; the
    // person's own, and for an enhetschef those of her units.
    QSet<qint64> managed;
    for (const Unit &unit : managedUnits)
        managed.insert(unit.id);
    auto due = ActionPlans(workspace).due(batch, 0, 0, day, kPlanStepDueDays);
    return batch.derive<QList<TodayPlanStep>>([due, managed, personId, &units] {
        QList<TodayPlanStep> shown;
        for (const ActionPlans::DueStep &step : due.get()) {
            if (managed.contains(step.plan.unitId) || step.step.responsibleId == personId)
                shown << TodayPlanStep {step, units.name(step.plan.unitId)};
        }
        return shown;
    });
}

// The checks of the units an enhetschef manages, refused for anyone who
// does not manage the organisation.
Later<TodayChecks> checksOfUnits(
    ReadBatch &batch, Workspace &workspace, const QList<Unit> &units, const QDate &day)
{
    auto statuses = SelfInspections(workspace).statusOf(batch, units, day);
    auto logChecksOverdue = overdueLogChecksAmong(batch, workspace, day, units);
    return batch.derive<TodayChecks>([statuses, logChecksOverdue, units, day] {
        TodayChecks checks;
        for (const Unit &unit : units) {
            for (const SelfInspections::UnitStatus &status : statuses.get().value(unit.id)) {
                const InspectionStatus &state = status.status;
                if (state.state == InspectionState::Overdue
                    || (state.state == InspectionState::Due
                        && state.current.last <= day.addDays(kCheckDueDays)))
                    checks.selfInspections << TodayCheck {unit, status.inspection, state};
            }
        }
        checks.logChecksOverdue = logChecksOverdue.get();
        return checks;
    });
}

// The person's open actions by due date.
Later<TodayActions> readTodayActions(
    ReadBatch &batch, Workspace &workspace, qint64 personId, const QDate &day)
{
    auto rows = ActionList(workspace).forPerson(batch, personId, ActionFilter::Open, day);
    return batch.derive<TodayActions>([rows, day] {
        TodayActions actions;
        const QDate sunday = endOfWeek(day);
        for (const ActionListRow &row : rows.get()) {
            const QDate due = row.action.dueDate;
            if (!due.isValid())
                continue;
            if (due < day)
                actions.overdue << row;
            else if (due == day)
                actions.dueToday << row;
            else if (due <= sunday)
                actions.dueThisWeek << row;
        }
        const auto byDue = [](const ActionListRow &a, const ActionListRow &b) {
            return a.action.dueDate != b.action.dueDate ? a.action.dueDate < b.action.dueDate
                                                        : a.action.id < b.action.id;
        };
        std::sort(actions.overdue.begin(), actions.overdue.end(), byDue);
        std::sort(actions.dueToday.begin(), actions.dueToday.end(), byDue);
        std::sort(actions.dueThisWeek.begin(), actions.dueThisWeek.end(), byDue);
        return actions;
    });
}
} // namespace

QDate endOfWeek(const QDate &day)
{
    return day.addDays(7 - day.dayOfWeek());
}

TodayActions readTodayActions(Workspace &workspace, qint64 personId, const QDate &day)
{
    return readAlone(workspace.database(),
        [&](ReadBatch &batch) { return readTodayActions(batch, workspace, personId, day); });
}

TodayChecks readTodayChecks(Workspace &workspace, qint64 personId, const QDate &day)
{
    if (personId != workspace.actorId())
        return {};
    ReadBatch shared(workspace.database());
    auto manages = Identity(workspace).managesOrganisation(shared);
    auto unitsRead = workspace.units().all(shared);
    auto unitIdsRead = workspace.people().unitsOf(shared, personId);
    shared.exec();
    if (!manages.get())
        return {};
    const PageUnits units(unitsRead.take());
    return readAlone(workspace.database(), [&](ReadBatch &batch) {
        return checksOfUnits(batch, workspace, units.of(unitIdsRead.get()), day);
    });
}

TodayPage readTodayPage(Workspace &workspace, const QDateTime &nowUtc)
{
    TodayPage page;
    const qint64 me = workspace.actorId();
    page.day = nowUtc.toTimeZone(stockholm()).date();
    // What the page's parts share, in one round trip: the person, their
    // units, whether they manage the organisation, the units' and forums'
    // names, the meetings they are booked for this week and whether they
    // are anyone's contact person.
    const QDateTime weekFrom = startOfDayUtc(page.day);
    const QDateTime weekTo = startOfDayUtc(endOfWeek(page.day).addDays(1));
    Database &db = workspace.database();
    ReadBatch shared(db);
    auto personRead = workspace.people().byId(shared, me);
    std::optional<Later<bool>> administers;
    if (db.isPostgres())
        administers = LoginRepository(db).currentLoginAdministers(shared);
    auto unitIdsRead = workspace.people().unitsOf(shared, me);
    auto unitsRead = workspace.units().all(shared);
    auto forumsRead = workspace.templates().names(shared);
    auto bookingsRead = workspace.teams().bookings(shared, {me}, weekFrom, weekTo);
    auto contactClientsRead = workspace.care().clientsOfContactPerson(shared, me, page.day);
    shared.exec();
    const PageUnits units(unitsRead.take());
    const Names names {forumsRead.take(), units};
    const QList<qint64> myUnitIds = unitIdsRead.take();
    const std::optional<Person> &person = personRead.get();
    page.clinician = person && isClinician(*person);
    page.contactPerson = !contactClientsRead.get().isEmpty();
    page.managesUnits = Identity::manages(person, administers && administers->get());
    const QList<Unit> managed = page.managesUnits ? units.of(myUnitIds) : QList<Unit>();

    // The parts the person's role has, in a second round trip.
    ReadBatch parts(db);
    auto meetingsRead
        = meetingsOfPerson(parts, workspace, me, bookingsRead.get(), myUnitIds, weekFrom, weekTo);
    auto actionsRead = readTodayActions(parts, workspace, me, page.day);
    std::optional<Later<QList<FeedbackDue>>> feedbackRead;
    if (page.contactPerson)
        feedbackRead = feedbackDueFor(parts, workspace, me);
    std::optional<Later<TodayChecks>> checksRead;
    if (page.managesUnits)
        checksRead = checksOfUnits(parts, workspace, managed, page.day);
    auto planStepsRead = planStepsOf(parts, workspace, me, page.day, managed, units);
    std::optional<ClinicianReads> clinicianRead;
    if (page.clinician)
        clinicianRead = addClinicianReads(parts, workspace, nowUtc);
    parts.exec();

    const QDate tomorrow = page.day.addDays(1);
    for (const Meeting &meeting : meetingsRead.get()) {
        const TodayMeeting shown = describe(meeting, me, names);
        if (meeting.startUtc < startOfDayUtc(tomorrow))
            page.meetingsToday << shown;
        else
            page.meetingsThisWeek << shown;
    }
    page.actions = actionsRead.take();
    if (checksRead)
        page.checks = checksRead->take();
    page.planSteps = planStepsRead.take();

    // The clients shown, logged together once the page is read.
    QList<AccessRead> reads;
    if (clinicianRead)
        readAssessments(workspace, page, *clinicianRead, names, reads);
    if (feedbackRead) {
        for (const FeedbackDue &due : feedbackRead->get()) {
            page.feedback << TodayFeedback {due.action, due.client};
            reads << AccessRead {
                due.client.id, AccessKind::ClientList, AccessPurpose::MyClients, 0};
        }
    }
    workspace.accessLogger().read(reads);
    return page;
}

} // namespace tf
