// The chair sees a meeting with approved minutes as it was held: nothing in
// its panels changes it, and the panel says why in Swedish.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/chair/ChairMeetingPanel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace tf;
using tf::test::checkSwedishAndNamed;
using tf::test::child;

namespace {
const QStringList kChanging = {
    QStringLiteral("moveMeetingButton"),
    QStringLiteral("cancelMeetingButton"),
    QStringLiteral("addAgendaItemButton"),
    QStringLiteral("removeAgendaItemButton"),
    QStringLiteral("moveAgendaItemUpButton"),
    QStringLiteral("moveAgendaItemDownButton"),
    QStringLiteral("buildAgendaButton"),
    QStringLiteral("chooseClientsButton"),
    QStringLiteral("addParticipantButton"),
    QStringLiteral("inviteAdjunctButton"),
    QStringLiteral("markInvitedButton"),
    QStringLiteral("removeParticipantButton"),
};

bool anyEnabled(QWidget *root, const QString &name)
{
    const auto widgets = root->findChildren<QWidget *>(name);
    REQUIRE_FALSE(widgets.isEmpty());
    return std::any_of(widgets.begin(), widgets.end(), [](QWidget *w) { return w->isEnabled(); });
}
} // namespace

TEST_CASE(
    "the chair's panels are read-only for a meeting with locked minutes", "[chair][gui][lock]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f
        = test::makeMinutesFixture(workspace, QDateTime(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC));
    workspace.setActorId(f.chairId);
    const qint64 next = test::addMeeting(workspace, f, f.startUtc.addDays(14));
    workspace.minutes().finish(f.meetingId, f.chairId);
    workspace.minutes().setJusterare(f.meetingId, {f.nurseId}, f.chairId);
    workspace.minutes().approve(f.meetingId, f.nurseId, f.chairId);

    ChairMeetingPanel panel(workspace);
    panel.resize(1200, 800);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));

    // A meeting still to be held can be changed.
    panel.showMeeting(next, true);
    for (const QString &name : kChanging) {
        INFO(name.toStdString());
        CHECK(anyEnabled(&panel, name));
    }

    panel.showMeeting(f.meetingId, true);
    for (const QString &name : kChanging) {
        INFO(name.toStdString());
        CHECK_FALSE(anyEnabled(&panel, name));
    }
    for (const char *name : {"agendaTitleLineEdit", "agendaBodyLineEdit", "agendaClientComboBox",
             "agendaRaisedByComboBox", "participantPersonComboBox", "absentCheckBox",
             "substituteComboBox"}) {
        INFO(name);
        CHECK_FALSE(anyEnabled(&panel, QLatin1String(name)));
    }
    auto *agenda = child<QTableWidget>(&panel, QStringLiteral("agendaTableWidget"));
    CHECK(agenda->rowCount() == 3);
    CHECK(agenda->editTriggers() == QAbstractItemView::NoEditTriggers);
    // Still there to read and print.
    CHECK(child<QPushButton>(&panel, QStringLiteral("printKallelseButton"))->isEnabled());
    CHECK(child<QLabel>(&panel, QStringLiteral("meetingHeaderLabel"))
              ->text()
              .contains(QStringLiteral("justerat och låst")));
    CHECK(child<QLabel>(&panel, QStringLiteral("agendaStatusLabel"))
              ->text()
              .contains(QStringLiteral("låst")));
    CHECK(child<QLabel>(&panel, QStringLiteral("participantsStatusLabel"))
              ->text()
              .contains(QStringLiteral("låst")));
    checkSwedishAndNamed(&panel);

    // Back to the coming meeting: editable again.
    panel.showMeeting(next, true);
    CHECK(anyEnabled(&panel, QStringLiteral("addAgendaItemButton")));
    CHECK(agenda->editTriggers() != QAbstractItemView::NoEditTriggers);
}
