#pragma once

#include "domain/Meeting.h"
#include "domain/MeetingSeries.h"

#include <QList>
#include <optional>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// Meeting series and the meetings generated from them.
class SeriesRepository
{
public:
    explicit SeriesRepository(Database &db);

    qint64 create(const MeetingSeries &series, qint64 actorId);
    std::optional<MeetingSeries> byId(qint64 id);
    QList<MeetingSeries> byUnit(qint64 unitId);
    QList<MeetingSeries> all();
    // Saves the series and raises its sequence. Throws StorageError::Kind::
    // Conflict when someone changed it since it was read. Returns the new version.
    int save(const MeetingSeries &series, qint64 actorId);
    // Raises the iCalendar sequence after a single meeting was moved or cancelled.
    void bumpSequence(qint64 seriesId, qint64 actorId);

    // Inserts the meetings of new slots, each with the given participants,
    // in one transaction (a year of daily meetings is one commit), and
    // records that the series is generated up to `generatedUntil`. Slots
    // that already have a meeting are left alone. Returns the new meeting ids.
    QList<qint64> addOccurrences(const MeetingSeries &series, const QList<SeriesOccurrence> &slots,
        const QList<Participant> &participants, const QDate &generatedUntil, qint64 actorId);
    // Every meeting of the series, cancelled ones included, in original order.
    QList<SeriesMeeting> meetings(qint64 seriesId);
    Later<QList<SeriesMeeting>> meetings(ReadBatch &batch, qint64 seriesId);
    // The slot a meeting was generated for; invalid when it is not a series meeting.
    QDateTime originalStart(qint64 meetingId);

private:
    Database &m_db;
};

} // namespace tf
