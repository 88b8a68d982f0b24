#pragma once

#include "domain/MeetingSeries.h"
#include "domain/ScheduleChecks.h"
#include "domain/TeamPlanning.h"

#include <QSet>

#include <functional>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;
struct ForumTemplate;

// The chair's scheduling: series from templates, the rolling window of
// generated meetings, and single moves and cancellations.
class SchedulingService
{
public:
    // How far ahead the meetings of an open-ended series are generated
    // before anyone looks further.
    static constexpr int kWindowMonths = 12;
    // A series with an end date further off than this is generated like an
    // open-ended one beyond it: as far as someone looks.
    static constexpr int kLongestPlanYears = 5;

    // The last day the series' meetings exist for, as seen on `today` by
    // someone looking up to `lookUntil`: the series' end date, else
    // `today` + the window or further when someone looks further.
    static QDate plannedUntil(
        const MeetingSeries &series, const QDate &today, const QDate &lookUntil = QDate());

    explicit SchedulingService(Workspace &workspace);

    // A series for `unitId` from a template: its interval on `firstDate`'s
    // weekday, its length and place. The caller may adjust it before create().
    static MeetingSeries fromTemplate(const ForumTemplate &forumTemplate, qint64 unitId,
        const QDate &firstDate, const QTime &time);

    // Validates, stores and generates the series up to plannedUntil().
    // Throws StorageError (Kind::General with a Swedish message when invalid).
    MeetingSeries create(MeetingSeries series, const QDate &today);
    // The forums held together with the template's forum (reflektionsmöte,
    // APT, kvalitetsmöte) as series that follow `first` at the same occasion.
    QList<MeetingSeries> createFollowing(
        const MeetingSeries &first, const QStringList &forums, const QDate &today);
    // Generates the meetings of every series of the unit (0: all units) up
    // to plannedUntil(): someone who looks at the unit's meetings up to
    // `lookUntil` finds every meeting of its series there. Returns how many
    // meetings were added. On a shared database someone outside the unit's
    // team may not plan its meetings: their look adds nothing.
    int extendWindow(qint64 unitId, const QDate &today, const QDate &lookUntil = QDate());

    // A single meeting of the unit's forum `forum` (a pulsmöte "vid behov",
    // an extra teammöte) on `date` at `time` in Stockholm, with the
    // template's length and place and the forum's team invited, in one
    // transaction. Throws StorageError with a Swedish message when the
    // unit, the forum, the date or the time is not right.
    Meeting scheduleOnce(qint64 unitId, const QString &forum, const QDate &date, const QTime &time);

    // Moves one meeting; the series keeps its slot (RECURRENCE-ID).
    void moveMeeting(qint64 meetingId, const QDateTime &newStartUtc, int minutes = 0);
    // Cancels one meeting, saying why (may be empty); restoring forgets the reason.
    void cancelMeeting(qint64 meetingId, const QString &reason = QString());
    void restoreMeeting(qint64 meetingId);

    // Overlapping meetings of the people taking part in the unit's meetings
    // in [fromUtc, toUtc), across every unit: alone, or with a batch's
    // other reads.
    QList<Conflict> conflicts(qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc);
    Later<QList<Conflict>> conflicts(
        ReadBatch &batch, qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc);
    // The adjuncts of the meeting invited later than the unit's lead time
    // (or not yet invited when that day has passed).
    QList<Participant> lateAdjuncts(qint64 meetingId, const QDate &today);
    // The same among a meeting's participants already read, with its
    // unit's lead time (leadDays).
    static QList<Participant> lateAdjunctsAmong(const Meeting &meeting,
        const QList<Participant> &participants, int leadDays, const QDate &today);
    // The same for all the unit's meetings in [fromUtc, toUtc) that are still
    // ahead, in one read: the ids of meetings with a late adjunct.
    QSet<qint64> meetingsWithLateAdjuncts(
        qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc, const QDate &today);
    Later<QSet<qint64>> meetingsWithLateAdjuncts(ReadBatch &batch, qint64 unitId,
        const QDateTime &fromUtc, const QDateTime &toUtc, const QDate &today);
    int leadDays(qint64 unitId);

private:
    int generate(const MeetingSeries &series, const QDate &today, const QDate &lookUntil);
    QList<Participant> teamOf(qint64 unitId, const QString &forum);
    void changeMeeting(qint64 meetingId, const std::function<void(Meeting &)> &change);

    Workspace &m_workspace;
};

} // namespace tf
