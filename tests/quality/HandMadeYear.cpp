#include "quality/HandMadeYear.h"

#include "domain/SeriesPlanner.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "storage/TemplateRepository.h"

#include <catch2/catch.hpp>

namespace tf::test {

namespace {
ForumTemplate templateOf(Workspace &workspace, const QString &forum)
{
    for (const ForumTemplate &t : workspace.templates().byServiceType(ServiceType::Sabo)) {
        if (t.forum == forum)
            return t;
    }
    FAIL("no template " << forum.toStdString());
    return {};
}

QDateTime at(const QDate &day)
{
    return SeriesPlanner::toUtc(day, QTime(13, 0));
}

qint64 meeting(Workspace &workspace, const MinutesFixture &team, qint64 templateId,
    const QDate &day, MeetingStatus status)
{
    Meeting m;
    m.unitId = team.unitId;
    m.templateId = templateId;
    m.startUtc = at(day);
    m.minutes = 30;
    m.status = status;
    m.chairId = team.chairId;
    return workspace.meetings().create(m, team.chairId);
}

void attend(Workspace &workspace, const MinutesFixture &team, qint64 meetingId, qint64 personId,
    const QString &role, Attendance attendance, bool adjunct = false)
{
    Participant p;
    p.meetingId = meetingId;
    p.personId = personId;
    p.role = role;
    p.attendance = attendance;
    p.adjunct = adjunct;
    workspace.meetings().setParticipant(p, team.chairId);
}

void approve(Workspace &workspace, const MinutesFixture &team, qint64 meetingId,
    const QDateTime &approvedUtc)
{
    Query(workspace.database(),
        QStringLiteral("INSERT INTO minutes_closing (meeting_id, finished_at, finished_by, "
                       "approved_at, approved_by, locked, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, 1, ?, ?)"))
        .bindId(meetingId)
        .bindTime(approvedUtc)
        .bindId(team.chairId)
        .bindTime(approvedUtc)
        .bindId(team.chairId)
        .bindTime(approvedUtc)
        .bindId(team.chairId)
        .exec();
}

qint64 action(Workspace &workspace, const MinutesFixture &team, qint64 meetingId, const QDate &due,
    const QDate &doneOn = {})
{
    Action a;
    a.meetingId = meetingId;
    a.what = QStringLiteral("Se över rutinen");
    a.responsibleId = team.nurseId;
    a.dueDate = due;
    const qint64 id = workspace.actions().create(a, team.chairId);
    if (doneOn.isValid())
        Query(workspace.database(),
            QStringLiteral("UPDATE team_action SET status = 'done', done_utc = ? WHERE id = ?"))
            .bindTime(at(doneOn))
            .bindId(id)
            .exec();
    return id;
}

} // namespace

HandMadeYear makeHandMadeYear(Workspace &workspace)
{
    HandMadeYear year;
    year.team = makeMinutesFixture(workspace, at(QDate(2024, 12, 17)));
    const auto &team = year.team;
    Person adjunct;
    adjunct.name = QStringLiteral("Ada Arbetsterapeut");
    year.adjunctId = workspace.people().create(adjunct, team.chairId);
    // The fixture's meeting of 17 December 2024 is before the year: the
    // forum's fortnight runs from it, and it counts nowhere.
    const qint64 teammote = team.templateId;
    for (int i = 0; i < 26; ++i) {
        const QDate day = QDate(2024, 12, 31).addDays(14 * i); // Tuesdays
        MeetingStatus status = MeetingStatus::Approved;
        if (i == 5 || i == 17)
            status = MeetingStatus::Cancelled;
        else if (i == 9 || i == 21)
            status = MeetingStatus::Planned; // never started
        else if (i == 25)
            status = MeetingStatus::Finished;
        year.teammoten << meeting(workspace, team, teammote, day, status);
    }
    // One more, off the fortnight and with no one marked, then next year's.
    meeting(workspace, team, teammote, QDate(2025, 12, 23), MeetingStatus::Approved);
    meeting(workspace, team, teammote, QDate(2026, 1, 6), MeetingStatus::Planned);

    int held = 0;
    for (int i = 1; i < year.teammoten.size(); ++i) {
        const qint64 id = year.teammoten.at(i);
        const auto status = workspace.meetings().byId(id)->status;
        if (status != MeetingStatus::Approved && status != MeetingStatus::Finished)
            continue;
        ++held;
        attend(
            workspace, team, id, team.chairId, QStringLiteral("Enhetschef"), Attendance::Present);
        attend(workspace, team, id, team.nurseId, QStringLiteral("Sjuksköterska"),
            held <= 4 ? Attendance::Absent : Attendance::Present);
        attend(workspace, team, id, team.helperId, QStringLiteral("Undersköterska"),
            held <= 2       ? Attendance::Expected
                : held <= 3 ? Attendance::SubstitutePresent
                            : Attendance::Present);
        attend(workspace, team, id, year.adjunctId, QStringLiteral("Arbetsterapeut"),
            Attendance::Absent, true);
    }
    // Actions at the year's meetings, decided before each was approved.
    const qint64 first = year.teammoten.at(1); // 14 January
    action(workspace, team, first, QDate(2025, 2, 1), QDate(2025, 1, 30));
    action(workspace, team, first, QDate(2025, 2, 1), QDate(2025, 2, 1));
    action(workspace, team, first, {}, QDate(2025, 3, 1));
    action(workspace, team, first, QDate(2025, 2, 1), QDate(2025, 2, 10));
    action(workspace, team, first, QDate(2025, 6, 1));
    action(workspace, team, first, QDate(2026, 2, 1));
    action(workspace, team, team.meetingId, QDate(2025, 1, 10)); // decided in 2024
    // Approved: the first 15 held within the week, the rest after ten days.
    int approvedCount = 0;
    for (int i = 1; i < year.teammoten.size(); ++i) {
        const qint64 id = year.teammoten.at(i);
        const auto m = workspace.meetings().byId(id);
        if (m->status != MeetingStatus::Approved)
            continue;
        ++approvedCount;
        approve(workspace, team, id, m->startUtc.addDays(approvedCount <= 15 ? 7 : 10));
    }
    // APT from March (second Mondays, not July or December), held each time.
    const ForumTemplate apt = templateOf(workspace, QStringLiteral("apt"));
    for (int month : {3, 4, 5, 6, 8, 9, 10, 11}) {
        QDate day(2025, month, 1);
        while (day.dayOfWeek() != Qt::Monday)
            day = day.addDays(1);
        meeting(workspace, team, apt.id, day.addDays(7), MeetingStatus::Finished);
    }
    const ForumTemplate puls = templateOf(workspace, QStringLiteral("pulsmote"));
    for (int day : {3, 4, 5})
        meeting(workspace, team, puls.id, QDate(2025, 3, day), MeetingStatus::Finished);
    return year;
}

} // namespace tf::test
