#include "services/scheduling/CalendarExport.h"

#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ExternalParticipantRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SeriesRepository.h"
#include "storage/TeamRepository.h"
#include "storage/UnitRepository.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace tf {

namespace {
CalendarPerson calendarPerson(const Person &person)
{
    return {person.name, person.email, person.uuid};
}
} // namespace

CalendarExport::CalendarExport(Workspace &workspace)
    : m_workspace(workspace)
{ }

ICalendarWriter::Input CalendarExport::input(
    qint64 seriesId, ICalendarWriter::Method method, QStringList *withoutEmail)
{
    const auto series = m_workspace.series().byId(seriesId);
    if (!series)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen mötesserie med id %1.").arg(seriesId));
    ICalendarWriter::Input input;
    input.series = *series;
    input.meetings = m_workspace.series().meetings(seriesId);
    // Holidays the series skips, as far as its meetings are generated.
    const QDate last
        = series->generatedUntil.isValid() ? series->generatedUntil : series->startDate.addYears(1);
    input.skippedHolidays = SeriesPlanner::skipped(*series, series->startDate, last);
    if (const auto unit = m_workspace.units().byId(series->unitId))
        input.unitName = unit->name;
    input.method = method;
    const qint64 organizerId = series->chairId > 0 ? series->chairId : m_workspace.actorId();
    const auto organizer = m_workspace.people().byId(organizerId);
    if (organizer)
        input.organizer = calendarPerson(*organizer);
    else
        input.organizer = {input.unitName.isEmpty() ? QStringLiteral("Teamforum") : input.unitName,
            QString(), series->uuid};
    if (method != ICalendarWriter::Method::Request)
        return input;

    // An invitation is answered to its organizer, so it needs an address.
    if (input.organizer.email.isEmpty())
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("En kallelse skickas från ordförandens e-postadress, och %1 har "
                           "ingen. Lägg till den under Team, eller lägg bara in serien i en "
                           "kalender.")
                .arg(input.organizer.name));
    // Someone without an address cannot be invited; the caller says who.
    auto attendee = [&](qint64 personId, bool optional) -> std::optional<CalendarPerson> {
        const auto person = m_workspace.people().byId(personId);
        if (!person)
            return std::nullopt;
        if (person->email.isEmpty()) {
            if (withoutEmail)
                *withoutEmail << person->name;
            return std::nullopt;
        }
        CalendarPerson invited = calendarPerson(*person);
        invited.optional = optional;
        return invited;
    };
    QSet<qint64> seriesPeople {organizerId};
    for (const TeamMember &member : m_workspace.teams().members(series->unitId, series->forum)) {
        if (seriesPeople.contains(member.personId))
            continue;
        seriesPeople.insert(member.personId);
        if (const auto invited = attendee(member.personId, false))
            input.attendees << *invited;
    }
    // The series' external participants (the health centre's) with an
    // e-mail address are invited like the team; the others are named.
    ExternalParticipantRepository externals(m_workspace.database());
    QSet<qint64> seriesExternals;
    auto externalAttendee = [&](const ExternalPerson &person) -> std::optional<CalendarPerson> {
        if (person.email.isEmpty()) {
            if (withoutEmail)
                *withoutEmail << person.name;
            return std::nullopt;
        }
        return CalendarPerson {externalPersonLabel(person), person.email,
            QStringLiteral("external-%1").arg(person.id)};
    };
    for (const ExternalPerson &person : externals.ofSeries(seriesId)) {
        seriesExternals.insert(person.id);
        if (const auto invited = externalAttendee(person))
            input.attendees << *invited;
    }
    if (input.meetings.isEmpty())
        return input;

    // Each meeting's participants beyond the team, to that meeting only, in
    // one read over the span of the series.
    QSet<qint64> meetingIds;
    QDateTime first = input.meetings.first().meeting.startUtc;
    QDateTime end = first;
    for (const SeriesMeeting &entry : input.meetings) {
        meetingIds.insert(entry.meeting.id);
        first = std::min(first, entry.meeting.startUtc);
        end = std::max(end, entry.meeting.startUtc);
    }
    for (const BookedParticipant &booked :
        m_workspace.teams().participants(series->unitId, first, end.addSecs(1))) {
        const Participant &p = booked.participant;
        if (!meetingIds.contains(p.meetingId) || seriesPeople.contains(p.personId))
            continue;
        if (const auto invited = attendee(p.personId, p.adjunct))
            input.meetingAttendees[p.meetingId] << *invited;
    }
    // External participants invited to one meeting only.
    const QHash<qint64, QList<qint64>> byMeeting
        = externals.ofSeriesMeetings(seriesId, end.addSecs(1));
    for (auto it = byMeeting.cbegin(); it != byMeeting.cend(); ++it) {
        for (const qint64 externalId : it.value()) {
            if (seriesExternals.contains(externalId))
                continue;
            if (const auto person = externals.personById(externalId))
                if (const auto invited = externalAttendee(*person))
                    input.meetingAttendees[it.key()] << *invited;
        }
    }
    return input;
}

CalendarFile CalendarExport::series(
    qint64 seriesId, ICalendarWriter::Method method, const QDateTime &stampUtc)
{
    CalendarFile file;
    ICalendarWriter::Input in = input(seriesId, method, &file.withoutEmail);
    in.stampUtc = stampUtc;
    file.bytes = ICalendarWriter::write(in);
    file.withoutEmail.removeDuplicates();
    return file;
}

} // namespace tf
