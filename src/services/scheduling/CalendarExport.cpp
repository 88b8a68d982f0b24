#include "services/scheduling/CalendarExport.h"

#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SeriesRepository.h"
#include "storage/TeamRepository.h"
#include "storage/UnitRepository.h"

#include <QSet>

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

ICalendarWriter::Input CalendarExport::input(qint64 seriesId, ICalendarWriter::Method method)
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
    if (const auto organizer = m_workspace.people().byId(organizerId))
        input.organizer = calendarPerson(*organizer);
    else
        input.organizer = {input.unitName.isEmpty() ? QStringLiteral("Teamforum") : input.unitName,
            QString(), series->uuid};
    if (method == ICalendarWriter::Method::Request) {
        QList<qint64> ids;
        for (const TeamMember &member : m_workspace.teams().members(series->unitId, series->forum))
            ids << member.personId;
        if (!input.meetings.isEmpty()) {
            for (const Participant &p :
                m_workspace.meetings().participants(input.meetings.first().meeting.id))
                ids << p.personId;
        }
        QSet<qint64> seen {organizerId};
        for (qint64 id : ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            if (const auto person = m_workspace.people().byId(id))
                input.attendees << calendarPerson(*person);
        }
    }
    return input;
}

QByteArray CalendarExport::series(
    qint64 seriesId, ICalendarWriter::Method method, const QDateTime &stampUtc)
{
    ICalendarWriter::Input in = input(seriesId, method);
    in.stampUtc = stampUtc;
    return ICalendarWriter::write(in);
}

} // namespace tf
