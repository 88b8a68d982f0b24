// Klagomål och synpunkter: registered without client details, brought to
// the unit's APT by the agenda builder while open, closed by the feedback.
// Both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/quality/Complaints.h"
#include "services/scheduling/AgendaBuilder.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
Complaint complaint(qint64 unitId, ComplaintKind kind, const QString &summary)
{
    Complaint c;
    c.unitId = unitId;
    c.receivedOn = QDate(2026, 5, 4);
    c.kind = kind;
    c.summary = summary;
    return c;
}

QList<AgendaItem> titled(Workspace &workspace, qint64 meetingId, const QString &title)
{
    QList<AgendaItem> list;
    for (const AgendaItem &item : workspace.agenda().items(meetingId)) {
        if (item.title == title)
            list << item;
    }
    return list;
}
} // namespace

TEST_CASE("open complaints come to the APT until their feedback is recorded", "[complaint]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);

        // Without client details, or not at all.
        CHECK_THROWS_AS(registerComplaint(workspace,
                            complaint(team.unitId, ComplaintKind::Complaint,
                                QStringLiteral("Dottern till Greta Gran saknar besked"))),
            StorageError);
        CHECK_THROWS_AS(registerComplaint(workspace,
                            complaint(team.unitId, ComplaintKind::Complaint,
                                QStringLiteral("Anhörig till 191212-1212 saknar besked"))),
            StorageError);
        CHECK(complaintsOf(workspace, team.unitId, false).isEmpty());

        const qint64 late = registerComplaint(workspace,
            complaint(team.unitId, ComplaintKind::Complaint,
                QStringLiteral("Anhörig saknar besked om ändrade besökstider")));
        registerComplaint(workspace,
            complaint(team.unitId, ComplaintKind::Suggestion,
                QStringLiteral("Förslag: fika ute på altanen när vädret tillåter")));

        // The APT takes them up as one item; a teammöte does not.
        const qint64 apt = test::makeForumMeeting(
            workspace, team.unitId, "apt", QDate(2026, 5, 20), team.leadId);
        AgendaBuilder(workspace).build(apt);
        QList<AgendaItem> items = titled(workspace, apt, complaintsItemTitle());
        REQUIRE(items.size() == 1);
        CHECK(items.first().body.contains(
            QStringLiteral("2026-05-04 Klagomål: Anhörig saknar besked om ändrade besökstider")));
        CHECK(items.first().body.contains(QStringLiteral("Synpunkt: Förslag: fika")));
        AgendaBuilder(workspace).build(apt);
        CHECK(titled(workspace, apt, complaintsItemTitle()).size() == 1);
        const qint64 teamMeeting = test::makeForumMeeting(
            workspace, team.unitId, "teammote", QDate(2026, 5, 21), team.leadId);
        AgendaBuilder(workspace).build(teamMeeting);
        CHECK(titled(workspace, teamMeeting, complaintsItemTitle()).isEmpty());

        // Feedback closes one; a feedback before it came in is refused.
        CHECK_THROWS_AS(recordComplaintFeedback(workspace, late,
                            QStringLiteral("Besökstiderna har skickats ut"), QDate(2026, 5, 1)),
            StorageError);
        const Complaint answered = recordComplaintFeedback(workspace, late,
            QStringLiteral("Besökstiderna har skickats ut till alla anhöriga"), QDate(2026, 5, 22));
        CHECK(answered.status == ComplaintStatus::FeedbackGiven);
        CHECK(answered.feedbackOn == QDate(2026, 5, 22));
        CHECK(complaintsOf(workspace, team.unitId, true).size() == 1);

        // The next APT brings only the one still open.
        const qint64 next = test::makeForumMeeting(
            workspace, team.unitId, "apt", QDate(2026, 6, 17), team.leadId);
        AgendaBuilder(workspace).build(next);
        items = titled(workspace, next, complaintsItemTitle());
        REQUIRE(items.size() == 1);
        CHECK_FALSE(items.first().body.contains(QStringLiteral("besökstider")));
        CHECK(items.first().body.contains(QStringLiteral("altanen")));

        // With none open, no item.
        recordComplaintFeedback(workspace, complaintsOf(workspace, team.unitId, true).first().id,
            QStringLiteral("Prövas i juni"), QDate(2026, 6, 1));
        const qint64 last = test::makeForumMeeting(
            workspace, team.unitId, "apt", QDate(2026, 8, 19), team.leadId);
        AgendaBuilder(workspace).build(last);
        CHECK(titled(workspace, last, complaintsItemTitle()).isEmpty());
    }
}
