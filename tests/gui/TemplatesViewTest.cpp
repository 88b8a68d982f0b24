#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/TemplateRepository.h"
#include "support/Accessibility.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/MainWindow.h"
#include "ui/templates/TemplatesView.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace tf;
using tf::test::child;
using tf::test::ShownMessages;

TEST_CASE("a template edited in the window is saved to the store", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    MainWindow window(workspace);
    window.start(QStringLiteral("Åsa"));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    // Other views have widgets of the same purpose; look inside this one.
    QWidget *view = window.templatesView();
    window.showTemplates();

    auto *serviceType = child<QComboBox>(view, "serviceTypeComboBox");
    serviceType->setCurrentIndex(serviceType->findData(QStringLiteral("gruppbostad")));
    auto *list = child<QListView>(view, "templateListView");
    const QModelIndex teammote = list->model()->index(2, 0);
    REQUIRE(teammote.data().toString() == QStringLiteral("Teammöte"));
    list->setCurrentIndex(teammote);

    auto *name = child<QLineEdit>(view, "nameLineEdit");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Teammote Linden"));
    auto *maxMinutes = child<QSpinBox>(view, "maxMinutesSpinBox");
    maxMinutes->setValue(45);
    auto *agenda = child<QTableWidget>(view, "agendaTableWidget");
    const int agendaRows = agenda->rowCount();
    QTest::mouseClick(child<QPushButton>(view, "addAgendaItemButton"), Qt::LeftButton);
    agenda->item(agendaRows, 0)->setText(QStringLiteral("Avvikelser"));

    auto *save = child<QPushButton>(view, "saveTemplateButton");
    CHECK(save->isEnabled());
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(save->isEnabled());

    Workspace reader(backend.spec);
    reader.open();
    const auto stored = reader.templates().byServiceType(ServiceType::Gruppbostad).at(2);
    CHECK(stored.name == QStringLiteral("Teammote Linden"));
    CHECK(stored.maxMinutes == 45);
    REQUIRE(stored.agenda.size() == agendaRows + 1);
    CHECK(stored.agenda.last().title == QStringLiteral("Avvikelser"));
}

TEST_CASE("an invalid edit is explained and kept in the editor", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    TemplatesView view(workspace);
    view.show();
    ShownMessages messages;

    auto *name = child<QLineEdit>(&view, "nameLineEdit");
    const QString original = name->text();
    name->clear();
    QTest::keyClicks(name, QStringLiteral(" "));
    CHECK_FALSE(view.save());
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.first().contains(QStringLiteral("namn")));
    CHECK(view.hasUnsavedChanges());
    CHECK(workspace.templates().all().first().name == original);
}

TEST_CASE("a conflicting save is reported and the user's text stays", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    TemplatesView view(workspace);
    view.show();
    ShownMessages messages;

    Workspace other(backend.spec);
    other.open();
    ForumTemplate theirs = other.templates().all().first();
    theirs.name = QStringLiteral("Ändrat någon annanstans");
    other.templates().save(theirs, 0);

    auto *name = child<QLineEdit>(&view, "nameLineEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Mitt pulsmote"));
    CHECK_FALSE(view.save());
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.first().contains(QStringLiteral("ändrats av någon annan")));
    CHECK(name->text() == QStringLiteral("Mitt pulsmote"));
    CHECK(other.templates().all().first().name == QStringLiteral("Ändrat någon annanstans"));
}

TEST_CASE("times per day is offered only for daily forums", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    TemplatesView view(workspace);
    view.show();
    auto *list = child<QListView>(&view, "templateListView");
    auto *timesPerDay = child<QSpinBox>(&view, "timesPerDaySpinBox");
    list->setCurrentIndex(list->model()->index(1, 0)); // SÄBO daglig avstämning
    CHECK(timesPerDay->isVisible());
    CHECK(timesPerDay->value() == 2);
    list->setCurrentIndex(list->model()->index(2, 0)); // SÄBO teammöte
    CHECK_FALSE(timesPerDay->isVisible());
}

TEST_CASE("keeping an unsaved edit keeps list and editor on the same forum", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    TemplatesView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    MessageBox::setHandler([](QMessageBox::Icon, const QString &, const QString &) {
        return QMessageBox::No; // "Fortsätt redigera"
    });
    auto *list = child<QListView>(&view, "templateListView");
    auto *name = child<QLineEdit>(&view, "nameLineEdit");
    list->setCurrentIndex(list->model()->index(2, 0)); // Teammöte
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Teammote ny"));
    const QRect other = list->visualRect(list->model()->index(3, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, other.center());
    QTest::qWait(20);
    MessageBox::setHandler({});
    CHECK(list->currentIndex().row() == 2);
    CHECK(list->selectionModel()->isSelected(list->model()->index(2, 0)));
    CHECK_FALSE(list->selectionModel()->isSelected(list->model()->index(3, 0)));
    CHECK(name->text() == QStringLiteral("Teammote ny"));
}
