// The chair's clients dialog: each client's people and priority are chosen
// in the row and saved together with the rotation.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "storage/ClientRepository.h"
#include "storage/UnitRepository.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/chair/ClientsDialog.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace tf;
using tf::test::child;

namespace {
template <typename Widget> Widget *named(QWidget *parent, const QString &accessibleName)
{
    for (Widget *widget : parent->findChildren<Widget *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}
} // namespace

TEST_CASE(
    "the chair names a client's contact person and priority in the clients dialog", "[chair][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    const Unit unit = *workspace.units().byId(fixture.unitId);

    ClientsDialog dialog(workspace, unit);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTableView>(&dialog, "clientsTableWidget");
    REQUIRE(table->model()->rowCount() == 5);
    CHECK(table->model()->index(1, 0).data().toString() == QStringLiteral("Åke Ek"));

    // Every row's choosers are open and named after the client.
    auto *contact = named<QComboBox>(&dialog, QStringLiteral("Fast omsorgskontakt för Åke Ek"));
    auto *nurse = named<QComboBox>(&dialog, QStringLiteral("Sjuksköterska för Åke Ek"));
    auto *priority = named<QSpinBox>(&dialog, QStringLiteral("Prioritet för Åke Ek"));
    REQUIRE(contact != nullptr);
    REQUIRE(nurse != nullptr);
    REQUIRE(priority != nullptr);
    CHECK(contact->currentText() == QStringLiteral("Ej vald"));
    CHECK(nurse->currentText() == QStringLiteral("Sara Sjuksköterska"));
    CHECK(priority->value() == 4);
    // Adjuncts are not chosen as a client's people.
    CHECK(contact->findText(QStringLiteral("Dina Dietist")) == -1);
    // The nurse is chosen among the nurses; anyone on the staff can be the
    // contact person.
    CHECK(nurse->findText(QStringLiteral("Nils Nattpersonal")) == -1);
    CHECK(nurse->findText(QStringLiteral("Eva Enhetschef")) == -1);
    CHECK(contact->findText(QStringLiteral("Nils Nattpersonal")) >= 0);

    contact->setCurrentIndex(contact->findData(fixture.nightId));
    priority->setValue(1);
    REQUIRE(dialog.save());
    const auto saved = workspace.clients().byId(fixture.clientIds.at(1));
    REQUIRE(saved);
    CHECK(saved->contactPersonId == fixture.nightId);
    CHECK(saved->priority == 1);
    CHECK(saved->nurseId == fixture.nurseId);

    // Saved again after more changes: the version read after the first save holds.
    priority->setValue(2);
    REQUIRE(dialog.save());
    CHECK(workspace.clients().byId(fixture.clientIds.at(1))->priority == 2);
}

TEST_CASE("a client without a name is refused and nothing of the dialog is saved", "[chair][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    const Unit unit = *workspace.units().byId(fixture.unitId);
    QStringList messages;
    MessageBox::setHandler([&](QMessageBox::Icon, const QString &, const QString &text) {
        messages << text;
        return QMessageBox::Ok;
    });
    struct RestoreBoxes
    {
        ~RestoreBoxes() { MessageBox::setHandler({}); }
    } restore;

    ClientsDialog dialog(workspace, unit);
    auto *table = child<QTableView>(&dialog, "clientsTableWidget");
    named<QSpinBox>(&dialog, QStringLiteral("Prioritet för Greta Gran"))->setValue(9);
    table->model()->setData(table->model()->index(2, 0), QStringLiteral("  "));
    CHECK_FALSE(dialog.save());
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(QStringLiteral("3")));
    CHECK(workspace.clients().byId(fixture.clientIds.at(0))->priority == 5);
}
