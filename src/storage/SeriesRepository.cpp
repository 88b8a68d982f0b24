#include "storage/SeriesRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QUuid>

namespace tf {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, version, uuid, unit_id, template_id, forum, title, rrule, start_date, until_date, "
    "times, minutes, location_kind, location, skip_holidays, follows_series_id, chair_id, "
    "sequence, generated_until FROM meeting_series");

QString timesText(const QList<QTime> &times)
{
    QStringList parts;
    for (const QTime &time : times)
        parts << time.toString(QStringLiteral("HH:mm"));
    return parts.join(QLatin1Char(','));
}

MeetingSeries readSeries(const Query &query)
{
    MeetingSeries series;
    series.id = query.id(0);
    series.version = query.integer(1);
    series.uuid = query.text(2);
    series.unitId = query.id(3);
    series.templateId = query.id(4);
    series.forum = query.text(5);
    series.title = query.text(6);
    series.rrule = query.text(7);
    series.startDate = query.date(8);
    series.untilDate = query.date(9);
    for (const QString &time : query.text(10).split(QLatin1Char(','), Qt::SkipEmptyParts))
        series.times << QTime::fromString(time, QStringLiteral("HH:mm"));
    series.minutes = query.integer(11);
    series.locationKind = locationKindFromKey(query.text(12));
    series.location = query.text(13);
    series.skipHolidays = query.boolean(14);
    series.followsSeriesId = query.id(15);
    series.chairId = query.id(16);
    series.sequence = query.integer(17);
    series.generatedUntil = query.date(18);
    return series;
}

QList<MeetingSeries> readAll(Query &query)
{
    query.exec();
    QList<MeetingSeries> list;
    while (query.next())
        list << readSeries(query);
    return list;
}
} // namespace

SeriesRepository::SeriesRepository(Database &db)
    : m_db(db)
{ }

qint64 SeriesRepository::create(const MeetingSeries &series, qint64 actorId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO meeting_series (uuid, unit_id, template_id, forum, title, rrule, "
            "start_date, "
            "until_date, times, minutes, location_kind, location, skip_holidays, "
            "follows_series_id, "
            "chair_id, sequence, generated_until, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?) RETURNING id"));
    insert
        .bind(series.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                    : series.uuid)
        .bind(series.unitId)
        .bindId(series.templateId)
        .bind(series.forum)
        .bind(series.title.trimmed())
        .bind(series.rrule)
        .bindDate(series.startDate)
        .bindDate(series.untilDate)
        .bind(timesText(series.times))
        .bind(series.minutes)
        .bind(locationKindKey(series.locationKind))
        .bind(series.location.trimmed())
        .bindBool(series.skipHolidays)
        .bindId(series.followsSeriesId)
        .bindId(series.chairId)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("meeting_series"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

std::optional<MeetingSeries> SeriesRepository::byId(qint64 id)
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    query.bind(id);
    const auto list = readAll(query);
    return list.isEmpty() ? std::nullopt : std::optional<MeetingSeries>(list.first());
}

QList<MeetingSeries> SeriesRepository::byUnit(qint64 unitId)
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE unit_id = ? ORDER BY start_date, id"));
    query.bind(unitId);
    return readAll(query);
}

QList<MeetingSeries> SeriesRepository::all()
{
    Query query(m_db, kSelect + QStringLiteral(" ORDER BY unit_id, start_date, id"));
    return readAll(query);
}

int SeriesRepository::save(const MeetingSeries &series, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral(
            "UPDATE meeting_series SET title = ?, rrule = ?, start_date = ?, until_date = ?, times "
            "= ?, "
            "minutes = ?, location_kind = ?, location = ?, skip_holidays = ?, chair_id = ?, "
            "sequence = sequence + 1, version = version + 1, updated_at = ?, updated_by = ? "
            "WHERE id = ? AND version = ?"));
    update.bind(series.title.trimmed())
        .bind(series.rrule)
        .bindDate(series.startDate)
        .bindDate(series.untilDate)
        .bind(timesText(series.times))
        .bind(series.minutes)
        .bind(locationKindKey(series.locationKind))
        .bind(series.location.trimmed())
        .bindBool(series.skipHolidays)
        .bindId(series.chairId)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(series.id)
        .bind(series.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Mötesserien har ändrats av någon annan sedan du "
                           "öppnade den. Dina ändringar har inte sparats."));
    recordChange(
        m_db, actorId, QStringLiteral("meeting_series"), series.id, QStringLiteral("update"));
    transaction.commit();
    return series.version + 1;
}

void SeriesRepository::bumpSequence(qint64 seriesId, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE meeting_series SET sequence = sequence + 1, "
                       "updated_at = ?, updated_by = ? WHERE id = ?"));
    update.bind(nowUtcText()).bindId(actorId).bind(seriesId).exec();
    recordChange(
        m_db, actorId, QStringLiteral("meeting_series"), seriesId, QStringLiteral("update"));
    transaction.commit();
}

QList<qint64> SeriesRepository::addOccurrences(const MeetingSeries &series,
    const QList<SeriesOccurrence> &slots, const QList<Participant> &participants,
    const QDate &generatedUntil, qint64 actorId)
{
    Transaction transaction(m_db);
    QSet<QString> existing;
    Query known(m_db,
        QStringLiteral("SELECT original_start_utc FROM series_occurrence WHERE series_id = ?"));
    known.bind(series.id).exec();
    while (known.next())
        existing.insert(known.text(0));
    const QString now = nowUtcText();
    // Batch insert of generated meetings: the same columns as
    // MeetingRepository::create, but all slots in one transaction.
    Query meeting(m_db,
        QStringLiteral("INSERT INTO meeting (uuid, unit_id, template_id, series_id, start_utc, "
                       "minutes, location, "
                       "status, chair_id, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "'planned', ?, ?, ?) "
                       "RETURNING id"));
    Query link(m_db,
        QStringLiteral("INSERT INTO series_occurrence (meeting_id, series_id, "
                       "original_start_utc) VALUES (?, ?, ?)"));
    // A member who has left by the meeting's day is not invited to it.
    Query participant(m_db,
        QStringLiteral("INSERT INTO participant (meeting_id, person_id, role, adjunct, attendance, "
                       "updated_at, updated_by) SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), ?, "
                       "CAST(? AS INTEGER), 'expected', ?, CAST(? AS BIGINT) "
                       "WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = ? "
                       "AND p.ends_on <= ?)"));
    // The series' external participants are invited to each new occurrence.
    Query externals(m_db,
        QStringLiteral("INSERT INTO meeting_external (meeting_id, external_id, attendance, "
                       "updated_at, updated_by) SELECT CAST(? AS BIGINT), external_id, "
                       "'expected', ?, CAST(? AS BIGINT) FROM series_external "
                       "WHERE series_id = ?"));
    QList<qint64> ids;
    for (const SeriesOccurrence &slot : slots) {
        const QString original = utcText(slot.originalStartUtc);
        if (existing.contains(original))
            continue;
        existing.insert(original);
        meeting.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(series.unitId)
            .bindId(series.templateId)
            .bind(series.id)
            .bindTime(slot.originalStartUtc)
            .bind(series.minutes)
            .bind(series.location)
            .bindId(series.chairId)
            .bind(now)
            .bindId(actorId);
        const qint64 id = meeting.execReturningId();
        link.bind(id).bind(series.id).bind(original).exec();
        for (const Participant &member : participants) {
            participant.bind(id)
                .bind(member.personId)
                .bind(member.role)
                .bindBool(member.adjunct)
                .bind(now)
                .bindId(actorId)
                .bind(member.personId)
                .bind(original.left(10))
                .exec();
        }
        externals.bind(id).bind(now).bindId(actorId).bind(series.id).exec();
        recordChange(m_db, actorId, QStringLiteral("meeting"), id, QStringLiteral("insert"));
        ids << id;
    }
    Query mark(m_db, QStringLiteral("UPDATE meeting_series SET generated_until = ? WHERE id = ?"));
    mark.bindDate(generatedUntil).bind(series.id).exec();
    transaction.commit();
    return ids;
}

QList<SeriesMeeting> SeriesRepository::meetings(qint64 seriesId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return meetings(batch, seriesId); });
}

Later<QList<SeriesMeeting>> SeriesRepository::meetings(ReadBatch &batch, qint64 seriesId)
{
    Query &statement = batch.add(QStringLiteral(
        "SELECT m.id, m.version, m.uuid, m.unit_id, m.template_id, m.series_id, m.start_utc, "
        "m.minutes, m.location, m.status, m.chair_id, m.secretary_id, o.original_start_utc, "
        "m.leader_person_id, m.leader_external_id "
        "FROM series_occurrence o JOIN meeting m ON m.id = o.meeting_id "
        "WHERE o.series_id = ? ORDER BY o.original_start_utc"));
    statement.bind(seriesId);
    return batch.read<QList<SeriesMeeting>>(statement, [](Query &query) {
        QList<SeriesMeeting> list;
        while (query.next()) {
            SeriesMeeting entry;
            Meeting &m = entry.meeting;
            m.id = query.id(0);
            m.version = query.integer(1);
            m.uuid = query.text(2);
            m.unitId = query.id(3);
            m.templateId = query.id(4);
            m.seriesId = query.id(5);
            m.startUtc = query.time(6);
            m.minutes = query.integer(7);
            m.location = query.text(8);
            m.status = meetingStatusFromKey(query.text(9));
            m.chairId = query.id(10);
            m.secretaryId = query.id(11);
            entry.originalStartUtc = query.time(12);
            m.leaderPersonId = query.id(13);
            m.leaderExternalId = query.id(14);
            list << entry;
        }
        return list;
    });
}

QDateTime SeriesRepository::originalStart(qint64 meetingId)
{
    Query query(m_db,
        QStringLiteral("SELECT original_start_utc FROM series_occurrence WHERE meeting_id = ?"));
    query.bind(meetingId).exec();
    return query.next() ? query.time(0) : QDateTime();
}

} // namespace tf
