#include "services/chair/ExternalParticipants.h"

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ExternalParticipantRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/SeriesRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

namespace tf {

namespace {
StorageError refused(const QString &why)
{
    return StorageError(StorageError::Kind::Refused, why);
}

Meeting meetingOrThrow(Workspace &workspace, qint64 meetingId)
{
    const auto meeting = workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns inget möte med id %1.").arg(meetingId));
    return *meeting;
}

// The meeting and, with the whole series, its coming occurrences that may
// still change: not cancelled, not locked.
QList<qint64> meetingsFrom(Workspace &workspace, const Meeting &meeting, bool wholeSeries)
{
    QList<qint64> ids {meeting.id};
    if (!wholeSeries)
        return ids;
    for (const SeriesMeeting &entry : workspace.series().meetings(meeting.seriesId)) {
        const Meeting &other = entry.meeting;
        if (other.id == meeting.id || other.startUtc < meeting.startUtc
            || other.status == MeetingStatus::Cancelled || workspace.minutes().isLocked(other.id))
            continue;
        ids << other.id;
    }
    return ids;
}
} // namespace

ExternalParticipants::ExternalParticipants(Workspace &workspace)
    : m_workspace(workspace)
{ }

ExternalPerson ExternalParticipants::add(ExternalPerson person)
{
    person.name = person.name.simplified();
    person.organisation = person.organisation.simplified();
    person.role = person.role.simplified();
    person.email = person.email.trimmed();
    if (const QString error = person.validationError(); !error.isEmpty())
        throw refused(error);
    Transaction transaction(m_workspace.database());
    if (!m_workspace.units().byId(person.unitId))
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen enhet med id %1.").arg(person.unitId));
    ExternalParticipantRepository repository(m_workspace.database());
    for (const ExternalPerson &known : repository.ofUnit(person.unitId)) {
        if (known.name.compare(person.name, Qt::CaseInsensitive) == 0
            && known.organisation.compare(person.organisation, Qt::CaseInsensitive) == 0)
            return known;
    }
    person.id = repository.addPerson(person, m_workspace.actorId());
    transaction.commit();
    return person;
}

QList<ExternalPerson> ExternalParticipants::registerOf(qint64 unitId)
{
    return ExternalParticipantRepository(m_workspace.database()).ofUnit(unitId);
}

QList<ExternalPerson> ExternalParticipants::ofSeries(qint64 seriesId)
{
    return ExternalParticipantRepository(m_workspace.database()).ofSeries(seriesId);
}

void ExternalParticipants::invite(qint64 meetingId, qint64 externalId, bool wholeSeries)
{
    Transaction transaction(m_workspace.database());
    const Meeting meeting = meetingOrThrow(m_workspace, meetingId);
    if (meeting.status == MeetingStatus::Cancelled)
        throw refused(QStringLiteral("Mötet är inställt; ingen bjuds in till det."));
    if (wholeSeries && !meeting.seriesId)
        throw refused(QStringLiteral("Mötet hör inte till någon mötesserie; bjud in till "
                                     "bara det här mötet."));
    ExternalParticipantRepository repository(m_workspace.database());
    const auto person = repository.personById(externalId);
    if (!person)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen extern deltagare med id %1.").arg(externalId));
    if (person->unitId != meeting.unitId)
        throw refused(
            QStringLiteral("%1 finns i en annan enhets register än mötets.").arg(person->name));
    if (wholeSeries)
        repository.addToSeries(meeting.seriesId, externalId);
    for (const qint64 id : meetingsFrom(m_workspace, meeting, wholeSeries))
        repository.invite(id, externalId, m_workspace.actorId());
    transaction.commit();
}

ExternalPerson ExternalParticipants::addAndInvite(
    qint64 meetingId, ExternalPerson person, bool wholeSeries)
{
    Transaction transaction(m_workspace.database());
    person.unitId = meetingOrThrow(m_workspace, meetingId).unitId;
    const ExternalPerson stored = add(person);
    invite(meetingId, stored.id, wholeSeries);
    transaction.commit();
    return stored;
}

void ExternalParticipants::remove(qint64 meetingId, qint64 externalId, bool wholeSeries)
{
    Transaction transaction(m_workspace.database());
    const Meeting meeting = meetingOrThrow(m_workspace, meetingId);
    if (wholeSeries && !meeting.seriesId)
        throw refused(QStringLiteral("Mötet hör inte till någon mötesserie."));
    ExternalParticipantRepository repository(m_workspace.database());
    const auto person = repository.personById(externalId);
    const QString name = person ? person->name : QString::number(externalId);
    const QList<qint64> ids = meetingsFrom(m_workspace, meeting, wholeSeries);
    for (const qint64 id : ids) {
        const auto other = m_workspace.meetings().byId(id);
        if (other && other->leaderExternalId == externalId)
            throw refused(QStringLiteral("%1 är vald mötesledare för mötet %2. Välj en annan "
                                         "mötesledare först.")
                              .arg(name, stockholmDate(other->startUtc).toString(Qt::ISODate)));
    }
    if (wholeSeries)
        repository.removeFromSeries(meeting.seriesId, externalId);
    bool removed = false;
    for (const qint64 id : ids)
        removed = repository.uninvite(id, externalId, m_workspace.actorId()) || removed;
    if (!removed && !wholeSeries)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("%1 är inte inbjuden till mötet.").arg(name));
    transaction.commit();
}

} // namespace tf
