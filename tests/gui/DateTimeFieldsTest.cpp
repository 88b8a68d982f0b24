#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "support/WidgetChecks.h"
#include "ui/chair/MoveMeetingDialog.h"
#include "ui/chair/SeriesDialog.h"
#include "ui/minutes/ActionDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace tf;
using tf::test::child;

namespace {
// Selects the field's whole text and types over it, a key at a time.
void typeOver(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}
} // namespace

TEST_CASE("a date typed whole over a date field is the date", "[gui][datetime]")
{
    Person eva;
    eva.id = 1;
    eva.name = QStringLiteral("Eva Enhetschef");
    ActionDialog dialog({eva}, QStringLiteral("Beställ höftskydd"), QDate(2026, 12, 3));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *due = child<QDateEdit>(&dialog, QStringLiteral("actionDueDateEdit"));
    typeOver(due, QStringLiteral("2027-01-14"));
    CHECK(due->date() == QDate(2027, 1, 14));
    typeOver(due, QStringLiteral("20270302"));
    CHECK(due->date() == QDate(2027, 3, 2));
    typeOver(due, QStringLiteral("2027-4-5"));
    CHECK(due->date() == QDate(2027, 4, 5));

    // One Tab from the check box into the date, one Tab on to the next field.
    auto *hasDue = child<QCheckBox>(&dialog, QStringLiteral("actionHasDueDateCheckBox"));
    hasDue->setFocus();
    QTest::keyClick(hasDue, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == due);
    QTest::keyClicks(due, QStringLiteral("2027-01-20"));
    CHECK(due->date() == QDate(2027, 1, 20));
    QTest::keyClick(due, Qt::Key_Tab);
    CHECK(QApplication::focusWidget()
        == child<QSpinBox>(&dialog, QStringLiteral("actionFollowUpSpinBox")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == due);
}

TEST_CASE("a time typed as four digits is the time", "[gui][datetime]")
{
    SeriesDialog series({}, 1, QDate(2027, 1, 4));
    series.show();
    REQUIRE(QTest::qWaitForWindowExposed(&series));
    auto *time = child<QTimeEdit>(&series, QStringLiteral("startTimeEdit"));
    typeOver(time, QStringLiteral("1430"));
    CHECK(time->time() == QTime(14, 30));
    typeOver(time, QStringLiteral("9:05"));
    CHECK(time->time() == QTime(9, 5));

    MoveMeetingDialog move(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC), 60);
    move.show();
    REQUIRE(QTest::qWaitForWindowExposed(&move));
    auto *when = child<QDateTimeEdit>(&move, QStringLiteral("newStartDateTimeEdit"));
    typeOver(when, QStringLiteral("2027-01-14 1430"));
    CHECK(when->dateTime() == QDateTime(QDate(2027, 1, 14), QTime(14, 30), when->timeSpec()));
}

TEST_CASE("a date typed over a field that says it is not given is the date", "[gui][datetime]")
{
    // As SBAR's date of the feedback: empty until the call is reported back.
    QWidget window;
    auto *given = new QDateEdit(&window);
    given->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    given->setMinimumDate(QDate(2000, 1, 1));
    given->setMaximumDate(QDate(2030, 12, 31));
    given->setSpecialValueText(QStringLiteral("Ej angivet"));
    given->setDate(given->minimumDate());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(given->text() == QStringLiteral("Ej angivet"));
    typeOver(given, QStringLiteral("2026-12-06"));
    CHECK(given->date() == QDate(2026, 12, 6));
    typeOver(given, QStringLiteral("20261205"));
    CHECK(given->date() == QDate(2026, 12, 5));
}
