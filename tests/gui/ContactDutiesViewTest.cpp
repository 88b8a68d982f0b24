// The contact person's duties in the views: Mina kunder shows the
// genomförandeplan's next step and records one, the journal list is marked
// through its dialog, and the chair invites a relative who then shows in
// the participant panel.
#include <catch2/catch.hpp>

#include "domain/Action.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/JournalDuties.h"
#include "services/chair/MeetingGuests.h"
#include "storage/ActionRepository.h"
#include "storage/care/RiskRepository.h"
#include "support/Screenshots.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "support/WidgetChecks.h"
#include "ui/care/CarePlanDialog.h"
#include "ui/care/ContactPersonView.h"
#include "ui/care/JournalMarkDialog.h"
#include "ui/chair/GuestDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace tf;

TEST_CASE("Mina kunder shows the genomförandeplan and the journal entries to make", "[care-ui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::TeamSpec spec;
    spec.leadIsContactPerson = true;
    const test::TeamFixture team = test::makeTeam(workspace, spec);
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    workspace.risks().setMovedInOn(team.clientId, today.addDays(-35), team.leadId);
    Action action;
    action.meetingId
        = test::makeForumMeeting(workspace, team.unitId, "teammote", today, team.leadId);
    action.clientId = team.clientId;
    action.what = QStringLiteral("Ny rutin för kvällsmedicin");
    action.responsibleId = team.nurseId;
    action.journalEntryNeeded = true;
    action.journalById = team.leadId;
    const qint64 actionId = workspace.actions().create(action, team.leadId);
    workspace.setActorId(team.leadId);

    ContactPersonView view(workspace);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *clients = test::child<QTableView>(&view, "myClientsTableWidget")->model();
    REQUIRE(clients->rowCount() == 1);
    CHECK(clients->index(0, 4).data().toString()
        == QStringLiteral("Försenad: planeringssamtal senast %1")
               .arg(today.addDays(-5).toString(Qt::ISODate)));
    auto *journal = test::child<QTableView>(&view, "journalTableWidget");
    REQUIRE(journal->model()->rowCount() == 1);
    CHECK(journal->model()->index(0, 0).data().toString() == action.what);
    test::saveScreenshotIfAsked(&view, QStringLiteral("mina-kunder-genomforandeplan"));

    // The planeringssamtal recorded in the dialog moves the list on to the plan.
    {
        CarePlanDialog dialog(workspace, team.clientId, QStringLiteral("Greta Gran"));
        dialog.show();
        test::child<QDateEdit>(&dialog, "carePlanDateEdit")->setDate(today.addDays(-3));
        test::saveScreenshotIfAsked(&dialog, QStringLiteral("genomforandeplan-dialog"));
        test::child<QPushButton>(&dialog, "saveCarePlanButton")->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    view.refresh();
    CHECK(clients->index(0, 4).data().toString()
        == QStringLiteral("Dags: genomförandeplan senast %1")
               .arg(today.addDays(11).toString(Qt::ISODate)));

    // The journal entry marked in HSL leaves the list.
    {
        JournalMarkDialog dialog(workspace, actionId, action.what);
        dialog.show();
        test::child<QRadioButton>(&dialog, "journalRecord_hsl")->setChecked(true);
        test::saveScreenshotIfAsked(&dialog, QStringLiteral("journal-dialog"));
        test::child<QPushButton>(&dialog, "saveJournalMarkButton")->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(JournalDuties(workspace).markOf(actionId)->record == QStringLiteral("hsl"));
    view.refresh();
    CHECK(journal->model()->rowCount() == 0);
}

TEST_CASE("the chair invites the client's daughter to the meeting", "[care-ui][guests]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const test::TeamFixture team = test::makeTeam(workspace);
    workspace.setActorId(team.leadId);
    const QDate day = stockholmDate(QDateTime::currentDateTimeUtc()).addDays(7);
    const qint64 meeting
        = test::makeForumMeeting(workspace, team.unitId, "teammote", day, team.leadId);

    GuestDialog dialog(workspace, meeting, day);
    dialog.resize(520, 420);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *invite = test::child<QPushButton>(&dialog, "inviteGuestButton");
    invite->click(); // the client themself
    test::child<QLineEdit>(&dialog, "guestRelativeLineEdit")->setText(QStringLiteral("Anna Gran"));
    test::child<QLineEdit>(&dialog, "guestRelationLineEdit")->setText(QStringLiteral("dotter"));
    invite->click();
    auto *list = test::child<QListWidget>(&dialog, "guestList");
    REQUIRE(list->count() == 2);
    CHECK(list->item(1)->text() == QStringLiteral("Anna Gran (dotter till Greta Gran)"));
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("kund-och-anhoriga"));
    // Removing the client leaves the daughter.
    list->setCurrentRow(0);
    test::child<QPushButton>(&dialog, "removeGuestButton")->click();
    REQUIRE(list->count() == 1);
    CHECK(MeetingGuests(workspace).of(meeting, AccessPurpose::BeforeMeeting).first().label
        == QStringLiteral("Anna Gran (dotter till Greta Gran)"));
}
