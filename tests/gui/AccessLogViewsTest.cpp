// The views that show clients' personal data log the read: Mina kunder,
// Inför mötet and the minutes in meeting mode.
#include <catch2/catch.hpp>

#include "domain/Meeting.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/TemplateRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/care/ContactPersonView.h"
#include "ui/care/NurseView.h"
#include "ui/minutes/MinutesEditor.h"

#include <QTest>
#include <QTreeWidget>

using namespace tf;
using tf::test::child;

namespace {
struct ViewScene
{
    test::TeamFixture team;
    qint64 meetingId = 0;
};

// A teammöte in five days with the client on the agenda; the lead is the
// client's contact person.
ViewScene makeViewScene(Workspace &workspace)
{
    ViewScene scene;
    test::TeamSpec spec;
    spec.leadIsContactPerson = true;
    scene.team = test::makeTeam(workspace, spec);
    Meeting meeting;
    meeting.unitId = scene.team.unitId;
    for (const auto &t : workspace.templates().byServiceType(ServiceType::Sabo)) {
        if (t.forum == QLatin1String("teammote"))
            meeting.templateId = t.id;
    }
    meeting.startUtc = QDateTime::currentDateTimeUtc().addDays(5);
    meeting.minutes = 30;
    scene.meetingId = workspace.meetings().create(meeting, scene.team.leadId);
    AgendaItem item;
    item.meetingId = scene.meetingId;
    item.clientId = scene.team.clientId;
    item.title = spec.clientName;
    workspace.meetings().addAgendaItem(item, scene.team.leadId);
    return scene;
}

QList<AccessLogEntry> logOf(Workspace &workspace, qint64 personId)
{
    AccessLogFilter filter;
    filter.personId = personId;
    return workspace.accessLog().find(filter);
}

bool has(const QList<AccessLogEntry> &entries, AccessKind kind, const char *purpose,
    qint64 clientId, qint64 meetingId)
{
    for (const AccessLogEntry &e : entries) {
        if (e.kind == kind && e.purpose == QLatin1String(purpose) && e.clientId == clientId
            && e.meetingId == meetingId)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("Mina kunder logs the listed clients and the opened client", "[accesslog]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const ViewScene scene = makeViewScene(workspace);
    workspace.setActorId(scene.team.leadId);
    CHECK(logOf(workspace, scene.team.leadId).isEmpty());

    ContactPersonView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const auto entries = logOf(workspace, scene.team.leadId);
    CHECK(has(entries, AccessKind::ClientList, "my_clients", scene.team.clientId, 0));
    CHECK(has(entries, AccessKind::ClientRecord, "my_clients", scene.team.clientId, 0));
    // Shown and refreshed again at once: nothing new, the log is not flooded.
    view.hide();
    view.show();
    CHECK(logOf(workspace, scene.team.leadId).size() == entries.size());
    // The nurse has read nothing.
    CHECK(logOf(workspace, scene.team.nurseId).isEmpty());
}

TEST_CASE("Inför mötet logs the due assessments and the opened history", "[accesslog]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const ViewScene scene = makeViewScene(workspace);
    workspace.setActorId(scene.team.nurseId);

    NurseView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto entries = logOf(workspace, scene.team.nurseId);
    CHECK(has(
        entries, AccessKind::RiskStatus, "before_meeting", scene.team.clientId, scene.meetingId));
    CHECK_FALSE(has(
        entries, AccessKind::RiskHistory, "before_meeting", scene.team.clientId, scene.meetingId));

    auto *tree = child<QTreeWidget>(&view, "comingMeetingsTreeWidget");
    REQUIRE(tree->topLevelItemCount() == 1);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    entries = logOf(workspace, scene.team.nurseId);
    CHECK(has(
        entries, AccessKind::RiskHistory, "before_meeting", scene.team.clientId, scene.meetingId));
}

TEST_CASE("opening a meeting's minutes logs every client on its agenda", "[accesslog]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const ViewScene scene = makeViewScene(workspace);
    workspace.setActorId(scene.team.nurseId);
    MinutesEditor editor(workspace);
    editor.load(*workspace.meetings().byId(scene.meetingId));
    const auto entries = logOf(workspace, scene.team.nurseId);
    REQUIRE(entries.size() == 1);
    CHECK(has(entries, AccessKind::Minutes, "meeting_mode", scene.team.clientId, scene.meetingId));
}
