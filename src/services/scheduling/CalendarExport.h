#pragma once

#include "services/scheduling/ICalendarWriter.h"

namespace tf {

class Workspace;

// Gathers what the calendar file of a series needs from the store.
class CalendarExport
{
public:
    explicit CalendarExport(Workspace &workspace);

    // The series as an .ics file. Request: the chair organises, the forum's
    // team and the meetings' participants are invited. Throws StorageError
    // when the series does not exist.
    QByteArray series(
        qint64 seriesId, ICalendarWriter::Method method, const QDateTime &stampUtc = QDateTime());
    ICalendarWriter::Input input(qint64 seriesId, ICalendarWriter::Method method);

private:
    Workspace &m_workspace;
};

} // namespace tf
