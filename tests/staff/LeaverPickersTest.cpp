// The views offer a person who leaves up to their end date and not from
// it, here as the one responsible for calling a SIP.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/ActionList.h"
#include "services/staff/Leavers.h"
#include "storage/ClientRepository.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "ui/care/SipNeedDialog.h"
#include "ui/chair/LeaverDialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>

using namespace tf;

namespace {
bool offers(QComboBox *combo, qint64 personId)
{
    return combo && combo->findData(personId) >= 0;
}
} // namespace

TEST_CASE("a leaver is offered as SIP responsible until their end date", "[leavers][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    const Client client = *workspace.clients().byId(fixture.clientIds.at(0));
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    Leavers leavers(workspace);

    leavers.endEmployment(fixture.nurseId, today.addDays(1));
    {
        SipNeedDialog dialog(workspace, client, {});
        CHECK(offers(dialog.findChild<QComboBox *>(QStringLiteral("sipResponsibleComboBox")),
            fixture.nurseId));
    }
    leavers.endEmployment(fixture.nurseId, today);
    SipNeedDialog dialog(workspace, client, {});
    auto *responsible = dialog.findChild<QComboBox *>(QStringLiteral("sipResponsibleComboBox"));
    REQUIRE(responsible);
    CHECK_FALSE(offers(responsible, fixture.nurseId));
    CHECK(offers(responsible, fixture.chairId));
}

TEST_CASE(
    "the chair hands all a leaver holds to one successor chosen for every row", "[leavers][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    LeaverDialog dialog(workspace);
    dialog.selectPerson(fixture.nurseId); // the nurse of every client of the unit
    auto *rows = dialog.findChild<QTableWidget *>();
    REQUIRE(rows);
    REQUIRE(rows->rowCount() > 1);
    const auto successorOf
        = [&](int row) { return qobject_cast<QComboBox *>(rows->cellWidget(row, 3)); };
    REQUIRE(successorOf(0));
    // Every row offers the same staff, the leaver herself not among them.
    CHECK(successorOf(0)->model() == successorOf(1)->model());
    CHECK(successorOf(0)->findData(fixture.nurseId) == -1);
    CHECK(successorOf(0)->currentData().toLongLong() == 0); // stays for now

    auto *forAll = dialog.findChild<QComboBox *>(QStringLiteral("successorForAllComboBox"));
    REQUIRE(forAll);
    forAll->setCurrentIndex(forAll->findData(fixture.nightId));
    dialog.findChild<QPushButton *>(QStringLiteral("successorForAllButton"))->click();
    for (int row = 0; row < rows->rowCount(); ++row)
        CHECK(successorOf(row)->currentData().toLongLong() == fixture.nightId);

    const test::ShownMessages shown;
    dialog.findChild<QPushButton *>(QStringLiteral("handOverButton"))->click();
    CHECK(Leavers(workspace).openItems(fixture.nurseId).isEmpty());
    for (qint64 id : fixture.clientIds)
        CHECK(workspace.clients().byId(id)->nurseId == fixture.nightId);
}
