#include "services/chair/ChairPanelRead.h"

#include "domain/AccessLogEntry.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/ClientUnitRepository.h"
#include "storage/ExternalParticipantRepository.h"
#include "storage/MeetingGuestRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PersonSet.h"
#include "storage/ReadBatch.h"
#include "storage/SeriesRepository.h"
#include "storage/TeamRepository.h"
#include "storage/TemplateRepository.h"

namespace tf {

namespace {
struct MeetingRead
{
    std::optional<Meeting> meeting;
    bool locked = false;
};

MeetingRead readMeeting(Workspace &workspace, qint64 meetingId)
{
    if (meetingId <= 0)
        return {};
    ReadBatch batch(workspace.database());
    auto meeting = workspace.meetings().byId(batch, meetingId);
    auto closing = workspace.minutes().closing(batch, meetingId);
    batch.exec();
    MeetingRead read;
    read.meeting = meeting.take();
    read.locked = read.meeting && closing.get().locked;
    return read;
}

// The leader's name from the people and guests read, when it is among them.
bool nameFromRead(
    MeetingLeaders::Leader &leader, const QList<Person> &people, const QList<MeetingGuest> &guests)
{
    const MeetingLeader &who = leader.leader;
    if (who.isExternal()) {
        for (const MeetingGuest &guest : guests) {
            if (guest.isExternal() && guest.external.id == who.externalId) {
                leader.name = externalPersonLabel(guest.external);
                return true;
            }
        }
        return false;
    }
    if (!who.personId)
        return true; // nobody to name
    for (const Person &person : people) {
        if (person.id == who.personId) {
            leader.name = person.name;
            return true;
        }
    }
    return false;
}
} // namespace

ChairPanelRead readChairPanel(
    Workspace &workspace, qint64 meetingId, const QDate &today, const ChairPanelParts &parts)
{
    ChairPanelRead read;
    MeetingRead first = readMeeting(workspace, meetingId);
    read.meeting = first.meeting;
    read.locked = first.locked;
    if (!read.meeting)
        return read;
    const Meeting &meeting = *read.meeting;
    const QDate day = stockholmDate(meeting.startUtc);

    ReadBatch batch(workspace.database());
    auto forums = workspace.templates().forums(batch);
    auto forumNames = workspace.templates().names(batch);
    std::optional<Later<QList<SeriesMeeting>>> seriesMeetings;
    std::optional<Later<QHash<qint64, QList<qint64>>>> seriesExternals;
    if (parts.header && meeting.seriesId) {
        seriesMeetings = workspace.series().meetings(batch, meeting.seriesId);
        seriesExternals = ExternalParticipantRepository(workspace.database())
                              .ofSeriesMeetings(batch, meeting.seriesId, meeting.startUtc);
    }
    auto participants = workspace.meetings().participants(batch, meeting.id);
    auto called = workspace.people().calledTo(batch, meeting.id);
    std::optional<Later<std::optional<Person>>> chair;
    if (parts.header && meeting.chairId)
        chair = workspace.people().byId(batch, meeting.chairId);
    // The guests with their clients' names (their reads logged) for the
    // participants; only the externals matter to the header.
    std::optional<Later<QList<NamedGuest>>> namedGuests;
    std::optional<Later<QList<MeetingGuest>>> guests;
    if (parts.participants)
        namedGuests = MeetingGuests(workspace).of(batch, meeting.id, AccessPurpose::BeforeMeeting);
    else if (parts.header)
        guests = MeetingGuestRepository(workspace.database()).ofMeeting(batch, meeting.id);
    std::optional<Later<QList<AgendaItem>>> items;
    std::optional<Later<QList<Client>>> clients;
    std::optional<Later<QList<Person>>> raisers;
    std::optional<Later<std::optional<Person>>> reader;
    if (parts.agenda) {
        items = workspace.meetings().agendaItems(batch, meeting.id);
        clients
            = ClientUnitRepository(workspace.database()).currentForMeeting(batch, meeting.id, day);
        raisers = workspace.people().inSet(batch, PersonSet::raisingItemsAt(meeting.id));
        if (workspace.actorId() > 0)
            reader = workspace.people().byId(batch, workspace.actorId());
    }
    std::optional<Later<int>> leadDays;
    std::optional<Later<QList<Person>>> staffToday;
    if (parts.participants) {
        leadDays = workspace.teams().leadDays(batch, meeting.unitId);
        if (parts.staffToday)
            staffToday = workspace.people().employedOn(batch, today);
    }
    batch.exec();

    read.forum = forums.get().value(meeting.templateId);
    read.forumName = forumNames.get().value(meeting.templateId);
    read.participants = participants.take();
    QList<Person> people = called.take();
    for (const Person &person : std::as_const(people))
        read.names.insert(person.id, person.name);
    if (chair && chair->get())
        people << *chair->get();
    QList<MeetingGuest> guestRows;
    if (namedGuests) {
        read.guests = namedGuests->take();
        for (const NamedGuest &guest : std::as_const(read.guests))
            guestRows << guest.guest;
    } else if (guests) {
        guestRows = guests->take();
    }
    if (items) {
        read.items = items->take();
        read.clients = clients->take();
        // The reader is the raiser chosen first, when employed that day.
        const std::optional<Person> me = reader ? reader->get() : std::nullopt;
        read.raisers = staffWithChosen(
            raisers->take(), me && me->employedOn(day) ? QList<Person> {*me} : QList<Person>());
    }
    if (leadDays) {
        read.leadDays = leadDays->get();
        for (const Participant &p :
            SchedulingService::lateAdjunctsAmong(meeting, read.participants, read.leadDays, today))
            read.late << p.personId;
    }
    if (staffToday)
        read.staffToday = staffToday->take();
    if (parts.header) {
        read.candidates
            = MeetingLeaders::candidatesAmong(meeting, read.participants, people, guestRows);
        read.leader = MeetingLeaders::leaderAmong(meeting,
            seriesMeetings ? seriesMeetings->get() : QList<SeriesMeeting>(),
            seriesExternals ? seriesExternals->get() : QHash<qint64, QList<qint64>>());
        if (!nameFromRead(read.leader, people + read.raisers, guestRows))
            MeetingLeaders(workspace).readName(read.leader);
    }
    return read;
}

QList<Person> readStaffOfDay(Workspace &workspace, const QDate &day)
{
    return workspace.people().employedOn(day);
}

} // namespace tf
