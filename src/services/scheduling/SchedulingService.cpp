#include "services/scheduling/SchedulingService.h"

#include "domain/ForumTemplate.h"
#include "domain/Recurrence.h"
#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonSet.h"
#include "storage/ReadBatch.h"
#include "storage/SeriesRepository.h"
#include "storage/TeamRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QSet>

#include <algorithm>

namespace tf {

SchedulingService::SchedulingService(Workspace &workspace)
    : m_workspace(workspace)
{ }

MeetingSeries SchedulingService::fromTemplate(
    const ForumTemplate &forumTemplate, qint64 unitId, const QDate &firstDate, const QTime &time)
{
    MeetingSeries series;
    series.unitId = unitId;
    series.templateId = forumTemplate.id;
    series.forum = forumTemplate.forum;
    series.title = forumTemplate.name;
    series.rrule = RecurrenceRule::forSeries(forumTemplate.rrule, firstDate).toString();
    series.startDate = firstDate;
    series.times = {time};
    // "Morgon och eftermiddag": the second time of day in the afternoon.
    if (forumTemplate.timesPerDay >= 2 && time.isValid())
        series.times << std::max(time.addSecs(6 * 3600), QTime(13, 0));
    series.minutes = std::max(forumTemplate.minMinutes, 1);
    series.locationKind = forumTemplate.locationKind;
    series.location = forumTemplate.location;
    series.skipHolidays = true;
    return series;
}

MeetingSeries SchedulingService::create(MeetingSeries series, const QDate &today)
{
    const QString error = series.validationError();
    if (!error.isEmpty())
        throw StorageError(StorageError::Kind::General, error);
    if (series.chairId == 0)
        series.chairId = m_workspace.actorId();
    series.id = m_workspace.series().create(series, m_workspace.actorId());
    generate(series, today, QDate());
    return *m_workspace.series().byId(series.id);
}

QList<MeetingSeries> SchedulingService::createFollowing(
    const MeetingSeries &first, const QStringList &forums, const QDate &today)
{
    QList<MeetingSeries> created;
    MeetingSeries previous = first;
    const auto forumTemplate = m_workspace.templates().byId(first.templateId);
    if (!forumTemplate)
        return created;
    for (const QString &forum : forums) {
        for (const ForumTemplate &candidate :
            m_workspace.templates().byServiceType(forumTemplate->serviceType)) {
            if (candidate.forum != forum)
                continue;
            MeetingSeries next = fromTemplate(
                candidate, first.unitId, first.startDate, SeriesPlanner::followingTime(previous));
            next.rrule = first.rrule; // the same occasions as the first forum
            next.untilDate = first.untilDate;
            next.skipHolidays = first.skipHolidays;
            next.location = first.location;
            next.locationKind = first.locationKind;
            next.followsSeriesId = previous.id;
            next.chairId = first.chairId;
            previous = create(next, today);
            created << previous;
            break;
        }
    }
    return created;
}

QDate SchedulingService::plannedUntil(
    const MeetingSeries &series, const QDate &today, const QDate &lookUntil)
{
    QDate until = today.addMonths(kWindowMonths);
    if (lookUntil.isValid())
        until = std::max(until, lookUntil);
    if (!series.untilDate.isValid())
        return until;
    until = std::max(until, std::min(series.untilDate, today.addYears(kLongestPlanYears)));
    return std::min(until, series.untilDate);
}

int SchedulingService::extendWindow(qint64 unitId, const QDate &today, const QDate &lookUntil)
{
    int added = 0;
    const auto list = unitId > 0 ? m_workspace.series().byUnit(unitId) : m_workspace.series().all();
    for (const MeetingSeries &series : list) {
        try {
            added += generate(series, today, lookUntil);
        } catch (const StorageError &error) {
            // On a shared database only the unit's team may plan its
            // meetings; anyone else looking sees those already planned.
            if (error.kind() != StorageError::Kind::Refused
                || error.nativeCode() != QLatin1String("42501"))
                throw;
        }
    }
    return added;
}

int SchedulingService::generate(
    const MeetingSeries &series, const QDate &today, const QDate &lookUntil)
{
    const QDate horizon = plannedUntil(series, today, lookUntil);
    if (series.generatedUntil.isValid() && series.generatedUntil >= horizon)
        return 0;
    const QDate from
        = series.generatedUntil.isValid() ? series.generatedUntil.addDays(1) : series.startDate;
    const QList<SeriesOccurrence> slots = SeriesPlanner::occurrences(series, from, horizon);
    return static_cast<int>(m_workspace.series()
                                .addOccurrences(series, slots, teamOf(series.unitId, series.forum),
                                    horizon, m_workspace.actorId())
                                .size());
}

QList<Participant> SchedulingService::teamOf(qint64 unitId, const QString &forum)
{
    QList<Participant> team;
    for (const TeamMember &member : m_workspace.teams().members(unitId, forum)) {
        Participant participant;
        participant.personId = member.personId;
        participant.role = member.role;
        team << participant;
    }
    return team;
}

Meeting SchedulingService::scheduleOnce(
    qint64 unitId, const QString &forum, const QDate &date, const QTime &time)
{
    const auto unit = m_workspace.units().byId(unitId);
    if (!unit)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen enhet med id %1.").arg(unitId));
    if (!date.isValid())
        throw StorageError(
            StorageError::Kind::General, QStringLiteral("Ange ett giltigt datum för mötet."));
    if (!time.isValid())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Ange tiden som TT:MM, till exempel 13:30."));
    std::optional<ForumTemplate> forumTemplate;
    for (const ForumTemplate &candidate :
        m_workspace.templates().byServiceType(unit->serviceType)) {
        if (candidate.forum == forum)
            forumTemplate = candidate;
    }
    if (!forumTemplate)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Verksamheten %1 har inget forum \"%2\".")
                .arg(serviceTypeDisplayName(unit->serviceType), forum));
    Meeting meeting;
    meeting.unitId = unitId;
    meeting.templateId = forumTemplate->id;
    meeting.startUtc = SeriesPlanner::toUtc(date, time);
    meeting.minutes = std::max(forumTemplate->minMinutes, 1);
    meeting.location = forumTemplate->location;
    meeting.chairId = m_workspace.actorId();
    Transaction transaction(m_workspace.database());
    meeting.id = m_workspace.meetings().create(meeting, m_workspace.actorId());
    for (Participant participant : teamOf(unitId, forum)) {
        participant.meetingId = meeting.id;
        m_workspace.meetings().setParticipant(participant, m_workspace.actorId());
    }
    transaction.commit();
    return *m_workspace.meetings().byId(meeting.id);
}

void SchedulingService::changeMeeting(
    qint64 meetingId, const std::function<void(Meeting &)> &change)
{
    auto meeting = m_workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet finns inte längre."));
    change(*meeting);
    m_workspace.meetings().save(*meeting, m_workspace.actorId());
    if (meeting->seriesId > 0)
        m_workspace.series().bumpSequence(meeting->seriesId, m_workspace.actorId());
}

void SchedulingService::moveMeeting(qint64 meetingId, const QDateTime &newStartUtc, int minutes)
{
    if (!newStartUtc.isValid())
        throw StorageError(
            StorageError::Kind::General, QStringLiteral("Ange en giltig ny tid för mötet."));
    changeMeeting(meetingId, [&](Meeting &meeting) {
        meeting.startUtc = newStartUtc.toUTC();
        if (minutes > 0)
            meeting.minutes = minutes;
    });
}

void SchedulingService::cancelMeeting(qint64 meetingId, const QString &reason)
{
    changeMeeting(meetingId, [&](Meeting &meeting) {
        meeting.status = MeetingStatus::Cancelled;
        meeting.cancelReason = reason.trimmed();
    });
}

void SchedulingService::restoreMeeting(qint64 meetingId)
{
    changeMeeting(meetingId, [](Meeting &meeting) {
        meeting.status = MeetingStatus::Planned;
        meeting.cancelReason.clear();
    });
}

QList<Conflict> SchedulingService::conflicts(
    qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return readAlone(m_workspace.database(),
        [&](ReadBatch &batch) { return conflicts(batch, unitId, fromUtc, toUtc); });
}

Later<QList<Conflict>> SchedulingService::conflicts(
    ReadBatch &batch, qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // The bookings of everyone booked at the unit's meetings, in the same
    // read; a meeting that started before the window can still overlap it.
    auto booked = m_workspace.teams().bookings(
        batch, PersonSet::bookedAtUnit(unitId, fromUtc, toUtc), fromUtc.addDays(-1), toUtc);
    return batch.derive<QList<Conflict>>(
        [booked] { return ScheduleChecks::conflicts(booked.get()); });
}

QSet<qint64> SchedulingService::meetingsWithLateAdjuncts(
    qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc, const QDate &today)
{
    return readAlone(m_workspace.database(), [&](ReadBatch &batch) {
        return meetingsWithLateAdjuncts(batch, unitId, fromUtc, toUtc, today);
    });
}

Later<QSet<qint64>> SchedulingService::meetingsWithLateAdjuncts(ReadBatch &batch, qint64 unitId,
    const QDateTime &fromUtc, const QDateTime &toUtc, const QDate &today)
{
    auto booked = m_workspace.teams().participants(batch, unitId, fromUtc, toUtc);
    auto days = m_workspace.teams().leadDays(batch, unitId);
    return batch.derive<QSet<qint64>>([booked, days, today] {
        QSet<qint64> late;
        for (const BookedParticipant &entry : booked.get()) {
            const QDate date = entry.startUtc.toTimeZone(SeriesPlanner::stockholm()).date();
            if (entry.participant.adjunct && date >= today
                && ScheduleChecks::invitedTooLate(
                    entry.participant.invitedOn, date, days.get(), today))
                late.insert(entry.participant.meetingId);
        }
        return late;
    });
}

int SchedulingService::leadDays(qint64 unitId)
{
    return readAlone(m_workspace.database(),
        [&](ReadBatch &batch) { return m_workspace.teams().leadDays(batch, unitId); });
}

QList<Participant> SchedulingService::lateAdjuncts(qint64 meetingId, const QDate &today)
{
    const auto meeting = m_workspace.meetings().byId(meetingId);
    if (!meeting)
        return {};
    return lateAdjunctsAmong(
        *meeting, m_workspace.meetings().participants(meetingId), leadDays(meeting->unitId), today);
}

QList<Participant> SchedulingService::lateAdjunctsAmong(const Meeting &meeting,
    const QList<Participant> &participants, int leadDays, const QDate &today)
{
    const QDate date = meeting.startUtc.toTimeZone(SeriesPlanner::stockholm()).date();
    QList<Participant> late;
    for (const Participant &participant : participants) {
        if (participant.adjunct
            && ScheduleChecks::invitedTooLate(participant.invitedOn, date, leadDays, today))
            late << participant;
    }
    return late;
}

} // namespace tf
