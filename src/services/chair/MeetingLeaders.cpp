#include "services/chair/MeetingLeaders.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ExternalParticipantRepository.h"
#include "storage/MeetingGuestRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"
#include "storage/SeriesRepository.h"
#include "storage/Transaction.h"

#include <QSet>

#include <algorithm>

namespace tf {

namespace {
Meeting meetingOrThrow(Workspace &workspace, qint64 meetingId)
{
    const auto meeting = workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns inget möte med id %1.").arg(meetingId));
    return *meeting;
}

MeetingLeader chosenOf(const Meeting &meeting)
{
    return MeetingLeader {meeting.leaderPersonId, meeting.leaderExternalId};
}
} // namespace

MeetingLeaders::MeetingLeaders(Workspace &workspace)
    : m_workspace(workspace)
{ }

MeetingLeaders::Leader MeetingLeaders::of(qint64 meetingId)
{
    return of(meetingOrThrow(m_workspace, meetingId));
}

MeetingLeaders::Leader MeetingLeaders::of(const Meeting &meeting)
{
    QList<SeriesMeeting> seriesMeetings;
    QHash<qint64, QList<qint64>> externals;
    if (meeting.seriesId) {
        ReadBatch batch(m_workspace.database());
        auto readMeetings = m_workspace.series().meetings(batch, meeting.seriesId);
        auto readExternals = ExternalParticipantRepository(m_workspace.database())
                                 .ofSeriesMeetings(batch, meeting.seriesId, meeting.startUtc);
        batch.exec();
        seriesMeetings = readMeetings.take();
        externals = readExternals.take();
    }
    Leader leader = leaderAmong(meeting, seriesMeetings, externals);
    readName(leader);
    return leader;
}

MeetingLeaders::Leader MeetingLeaders::leaderAmong(const Meeting &meeting,
    const QList<SeriesMeeting> &seriesMeetings, const QHash<qint64, QList<qint64>> &externals)
{
    // The series' occurrences up to this one, by start, without the
    // cancelled ones; a meeting without series is its own first occurrence.
    QList<Meeting> earlier;
    for (const SeriesMeeting &entry : seriesMeetings) {
        const Meeting &other = entry.meeting;
        if (other.id != meeting.id
            && (other.status == MeetingStatus::Cancelled || other.startUtc > meeting.startUtc))
            continue;
        earlier << other;
    }
    std::sort(earlier.begin(), earlier.end(), [](const Meeting &a, const Meeting &b) {
        return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.id < b.id;
    });
    if (earlier.isEmpty())
        earlier << meeting;
    QList<LeaderOccurrence> occurrences;
    for (const Meeting &occurrence : std::as_const(earlier))
        occurrences << LeaderOccurrence {
            occurrence.chairId, externals.value(occurrence.id), chosenOf(occurrence)};
    const LedOccurrence led = leadersByAlternation(occurrences).constLast();
    return Leader {led.leader, led.proposed, QString()};
}

void MeetingLeaders::readName(Leader &leader)
{
    if (leader.leader.isExternal()) {
        if (const auto person = ExternalParticipantRepository(m_workspace.database())
                                    .personById(leader.leader.externalId))
            leader.name = externalPersonLabel(*person);
    } else if (leader.leader.personId) {
        if (const auto person = m_workspace.people().byId(leader.leader.personId))
            leader.name = person->name;
    }
}

QList<MeetingLeaders::Candidate> MeetingLeaders::candidates(qint64 meetingId)
{
    return candidates(meetingOrThrow(m_workspace, meetingId));
}

QList<MeetingLeaders::Candidate> MeetingLeaders::candidates(const Meeting &meeting)
{
    ReadBatch batch(m_workspace.database());
    auto participants = m_workspace.meetings().participants(batch, meeting.id);
    auto called = m_workspace.people().calledTo(batch, meeting.id);
    std::optional<Later<std::optional<Person>>> chair;
    if (meeting.chairId)
        chair = m_workspace.people().byId(batch, meeting.chairId);
    auto guests = MeetingGuestRepository(m_workspace.database()).ofMeeting(batch, meeting.id);
    batch.exec();
    QList<Person> people = called.take();
    if (chair && chair->get())
        people << *chair->get();
    return candidatesAmong(meeting, participants.get(), people, guests.get());
}

QList<MeetingLeaders::Candidate> MeetingLeaders::candidatesAmong(const Meeting &meeting,
    const QList<Participant> &participants, const QList<Person> &people,
    const QList<MeetingGuest> &guests)
{
    QSet<qint64> personIds;
    if (meeting.chairId)
        personIds.insert(meeting.chairId);
    for (const Participant &participant : participants)
        personIds.insert(participant.personId);
    QList<Candidate> list;
    QSet<qint64> listed;
    for (const Person &person : people) {
        if (personIds.contains(person.id) && !listed.contains(person.id)) {
            listed.insert(person.id);
            list << Candidate {MeetingLeader {person.id, 0}, person.name};
        }
    }
    std::sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const MeetingGuest &guest : guests) {
        if (guest.isExternal())
            list << Candidate {
                MeetingLeader {0, guest.external.id}, externalPersonLabel(guest.external)};
    }
    return list;
}

void MeetingLeaders::choose(qint64 meetingId, const MeetingLeader &leader)
{
    Transaction transaction(m_workspace.database());
    Meeting meeting = meetingOrThrow(m_workspace, meetingId);
    if (meeting.status == MeetingStatus::Cancelled)
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Mötet är inställt; det har ingen mötesledare."));
    bool known = false;
    for (const Candidate &candidate : candidates(meeting))
        known = known || candidate.leader == leader;
    if (!known)
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Mötesledaren ska vara mötets ordförande, en av dess deltagare eller "
                           "en extern deltagare som är inbjuden till mötet."));
    meeting.leaderPersonId = leader.personId;
    meeting.leaderExternalId = leader.externalId;
    m_workspace.meetings().setLeader(meeting, m_workspace.actorId());
    transaction.commit();
}

void MeetingLeaders::keepProposed(qint64 meetingId)
{
    const Leader current = of(meetingId);
    if (current.proposed && current.leader.isSet())
        m_workspace.meetings().keepLeader(
            meetingId, current.leader.personId, current.leader.externalId, m_workspace.actorId());
}

} // namespace tf
