// The chair's view of a samordningsmöte with the health centre's
// distriktssköterska and doctor: the participants tab names them with their
// organisation, the meeting's leader is a named combo proposing the health
// centre for the next meeting, and the dialog that invites them is Swedish
// and named throughout. With TEAMFORUM_SCREENSHOTS set, leaves pictures.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/Workspace.h"
#include "services/chair/ExternalParticipants.h"
#include "services/chair/MeetingLeaders.h"
#include "storage/SeriesRepository.h"
#include "storage/TeamRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/chair/ChairView.h"
#include "ui/chair/ExternalParticipantsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace tf;
using tf::test::checkSwedishAndNamed;
using tf::test::child;

TEST_CASE("the chair sees the health centre's staff and the alternating leader",
    "[shared][samordning][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace, ServiceType::Samordning);
    workspace.setActorId(fixture.chairId);
    Unit unit = *workspace.units().byId(fixture.unitId);
    unit.name = QStringLiteral("Område Norr, samordning");
    workspace.units().save(unit, fixture.chairId);
    for (const ForumTemplate &t : workspace.templates().byServiceType(ServiceType::Samordning))
        if (t.forum == QLatin1String("samordningsmote"))
            fixture.teammote = t;
    REQUIRE(fixture.teammote.forum == QLatin1String("samordningsmote"));
    workspace.teams().setMembers(fixture.unitId, QStringLiteral("samordningsmote"),
        {{fixture.unitId, QStringLiteral("samordningsmote"), fixture.chairId,
             QStringLiteral("Enhetschef"), false},
            {fixture.unitId, QStringLiteral("samordningsmote"), fixture.nurseId,
                QStringLiteral("Sjuksköterska"), false}},
        fixture.chairId);
    const MeetingSeries series
        = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
    QList<Meeting> meetings;
    for (const SeriesMeeting &entry : workspace.series().meetings(series.id))
        meetings << entry.meeting;
    std::sort(meetings.begin(), meetings.end(),
        [](const Meeting &a, const Meeting &b) { return a.startUtc < b.startUtc; });
    REQUIRE(meetings.size() >= 2);

    // The first meeting, led by the municipality, with the health centre's
    // distriktssköterska and doctor invited to the whole series.
    ExternalParticipants externals(workspace);
    ExternalPerson karin;
    karin.name = QStringLiteral("Karin Berg");
    karin.organisation = QStringLiteral("Vårdcentralen Norra");
    karin.role = QStringLiteral("distriktssköterska");
    karin.email = QStringLiteral("karin.berg@vc-norra.example");
    karin = externals.addAndInvite(meetings.at(0).id, karin, true);
    ExternalPerson lars;
    lars.name = QStringLiteral("Lars Lind");
    lars.organisation = QStringLiteral("Vårdcentralen Norra");
    lars.role = QStringLiteral("läkare");
    lars = externals.addAndInvite(meetings.at(0).id, lars, true);
    MeetingLeaders(workspace).choose(meetings.at(0).id, MeetingLeader {fixture.chairId, 0});

    ChairView view(workspace);
    view.setToday(QDate(2027, 1, 1));
    view.resize(1366, 768);
    view.show();
    view.selectMeeting(meetings.at(1).id);
    QTest::qWait(50);
    auto *leader = child<QComboBox>(&view, QStringLiteral("meetingLeaderComboBox"));
    CHECK(leader->isEnabled());
    CHECK(leader->currentText()
        == QStringLiteral("Karin Berg (distriktssköterska, Vårdcentralen Norra)"));
    CHECK(child<QLabel>(&view, QStringLiteral("meetingLeaderNoteLabel"))->text()
        == QStringLiteral("föreslagen växelvis"));
    CHECK(leader->findText(QStringLiteral("Lars Lind (läkare, Vårdcentralen Norra)")) >= 0);
    auto *tabs = child<QTabWidget>(&view, QStringLiteral("meetingDetailTabWidget"));
    tabs->setCurrentIndex(1);
    QTest::qWait(20);
    CHECK(child<QLabel>(&view, QStringLiteral("guestsLabel"))
              ->text()
              .contains(QStringLiteral("Från andra organisationer: Karin Berg")));
    checkSwedishAndNamed(&view);
    test::saveScreenshotIfAsked(&view, QStringLiteral("samordning-mötesledare-hälsocentralen"));

    // The chair lets the doctor lead instead: kept, and said so.
    leader->setCurrentIndex(
        leader->findText(QStringLiteral("Lars Lind (läkare, Vårdcentralen Norra)")));
    Q_EMIT leader->activated(leader->currentIndex());
    QTest::qWait(20);
    leader = child<QComboBox>(&view, QStringLiteral("meetingLeaderComboBox"));
    CHECK(leader->currentText() == QStringLiteral("Lars Lind (läkare, Vårdcentralen Norra)"));
    CHECK(child<QLabel>(&view, QStringLiteral("meetingLeaderNoteLabel"))->text()
        == QStringLiteral("vald"));
    CHECK(MeetingLeaders(workspace).of(meetings.at(1).id).leader == MeetingLeader {0, lars.id});

    // The dialog lists those invited to the meeting, to take off again.
    ExternalParticipantsDialog dialog(workspace, meetings.at(1).id);
    dialog.resize(dialog.sizeHint());
    dialog.show();
    checkSwedishAndNamed(&dialog);
    CHECK(child<QListWidget>(&dialog, QStringLiteral("externalList"))->count() == 2);
    child<QLineEdit>(&dialog, QStringLiteral("externalNameLineEdit"))
        ->setText(QStringLiteral("Maja Mattsson"));
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("samordning-andra-organisationer"));
}
