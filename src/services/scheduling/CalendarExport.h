#pragma once

#include "services/scheduling/ICalendarWriter.h"

#include <QStringList>

namespace tf {

class Workspace;

// A series' calendar file, and who an invitation could not reach.
struct CalendarFile
{
    QByteArray bytes;
    // Names of people to be invited who have no e-mail address and so are
    // not in the invitation; empty for a published calendar.
    QStringList withoutEmail;
};

// Gathers what the calendar file of a series needs from the store.
class CalendarExport
{
public:
    explicit CalendarExport(Workspace &workspace);

    // The series as an .ics file. Request: the chair organises, the forum's
    // team is invited to the series and each meeting's own participants
    // (adjuncts, as optional) to that meeting only, all by e-mail. Throws
    // StorageError when the series does not exist, or for an invitation
    // when its organizer has no e-mail address.
    CalendarFile series(
        qint64 seriesId, ICalendarWriter::Method method, const QDateTime &stampUtc = QDateTime());
    ICalendarWriter::Input input(
        qint64 seriesId, ICalendarWriter::Method method, QStringList *withoutEmail = nullptr);

private:
    Workspace &m_workspace;
};

} // namespace tf
