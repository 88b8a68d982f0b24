#include "services/minutes/MeetingAttendance.h"

#include "domain/OrderedByIds.h"
#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/SubstituteRule.h"
#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PersonSet.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace tf {

namespace {
bool sameState(const Participant &a, const Participant &b)
{
    return a.attendance == b.attendance && a.substituteId == b.substituteId
        && a.adjunct == b.adjunct && a.role == b.role && a.invitedOn == b.invitedOn;
}
} // namespace

MeetingAttendance::MeetingAttendance(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<Participant> MeetingAttendance::participants(qint64 meetingId)
{
    return m_workspace.meetings().participants(meetingId);
}

MeetingAttendance::AttendanceRead MeetingAttendance::readAttendance(qint64 meetingId)
{
    return readAlone(
        m_workspace.database(), [&](ReadBatch &batch) { return readAttendance(batch, meetingId); });
}

Later<MeetingAttendance::AttendanceRead> MeetingAttendance::readAttendance(
    ReadBatch &batch, qint64 meetingId)
{
    auto participants = m_workspace.meetings().participants(batch, meetingId);
    auto called = m_workspace.people().calledTo(batch, meetingId);
    auto substitutes = m_workspace.people().inSet(batch, PersonSet::standingInAt(meetingId));
    return batch.derive<AttendanceRead>([=]() mutable {
        AttendanceRead read;
        read.participants = participants.take();
        QList<qint64> ids;
        for (const Participant &participant : std::as_const(read.participants))
            ids << participant.personId;
        read.people = orderedByIds(called.get(), ids);
        read.substitutes = substitutes.take();
        return read;
    });
}

QList<Person> MeetingAttendance::mayStandIn(const Meeting &meeting)
{
    return m_workspace.people().employedOn(stockholmDate(meeting.startUtc));
}

int MeetingAttendance::change(const Participant &participant)
{
    Transaction transaction(m_workspace.database());
    refuseCalledSubstitute(m_workspace, participant);
    const int version = m_workspace.meetings().setParticipant(participant, m_workspace.actorId());
    transaction.commit();
    return version;
}

void MeetingAttendance::changeAll(const QList<Participant> &participants)
{
    Transaction transaction(m_workspace.database());
    for (const Participant &participant : participants) {
        refuseCalledSubstitute(m_workspace, participant);
        m_workspace.meetings().setParticipant(participant, m_workspace.actorId());
    }
    transaction.commit();
}

void MeetingAttendance::restoreAll(
    const QList<Participant> &targets, const QList<Participant> &expected)
{
    Transaction transaction(m_workspace.database());
    for (qsizetype i = 0; i < targets.size() && i < expected.size(); ++i)
        restore(targets.at(i), expected.at(i));
    transaction.commit();
}

void MeetingAttendance::restore(const Participant &target, const Participant &expected)
{
    Transaction transaction(m_workspace.database());
    const QList<Participant> stored = participants(target.meetingId);
    const auto current = std::find_if(stored.begin(), stored.end(),
        [&](const Participant &p) { return p.personId == target.personId; });
    if (current == stored.end() || !sameState(*current, expected))
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Någon annan har ändrat personens närvaro sedan dess. Listan visar nu "
                           "det som är sparat."));
    Participant next = target;
    next.version = current->version;
    m_workspace.meetings().setParticipant(next, m_workspace.actorId());
    transaction.commit();
}

Meeting MeetingAttendance::appointSecretary(qint64 meetingId, qint64 personId)
{
    Transaction transaction(m_workspace.database());
    auto meeting = m_workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet finns inte längre."));
    meeting->secretaryId = personId;
    meeting->version = m_workspace.meetings().save(*meeting, m_workspace.actorId());
    transaction.commit();
    return *meeting;
}

} // namespace tf
