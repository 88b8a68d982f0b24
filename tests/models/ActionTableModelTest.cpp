#include <catch2/catch.hpp>

#include "models/ActionTableModel.h"

#include <QAbstractItemModelTester>

using namespace tf;

namespace {
ActionTableRow row(qint64 id, const QString &what, ActionStatus status, const QDate &due)
{
    ActionTableRow r;
    r.action.id = id;
    r.action.what = what;
    r.action.status = status;
    r.action.dueDate = due;
    r.responsibleName = QStringLiteral("Åke Öberg");
    r.decidedOn = QDate(2026, 3, 2);
    return r;
}
} // namespace

TEST_CASE("the Åtgärder model keeps Qt's model rules through every change", "[actions-ui][model]")
{
    ActionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate today(2026, 3, 10);
    model.setRows({row(7, QStringLiteral("Beställ rullator"), ActionStatus::Open, today)}, today);
    model.setRows({row(7, QStringLiteral("Beställ rullator"), ActionStatus::Open, today),
                      row(9, QStringLiteral("Ny plan"), ActionStatus::Open, today.addDays(2))},
        today);
    model.setRows({}, today);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == ActionTableModel::ColumnCount);
}

TEST_CASE("the Åtgärder model shows what, who, days and status as the list reads them",
    "[actions-ui][model]")
{
    ActionTableModel model;
    const QDate today(2026, 3, 10);
    ActionTableRow late
        = row(7, QStringLiteral("Beställ rullator"), ActionStatus::Open, today.addDays(-1));
    late.followUpOn = QDate(2026, 3, 16);
    ActionTableRow done = row(9, QStringLiteral("Ny plan"), ActionStatus::Done, today);
    done.action.doneById = 3;
    done.doneByName = QStringLiteral("Greta Nurse");
    done.doneOn = QDate(2026, 3, 9);
    model.setRows({late, done}, today);

    REQUIRE(model.rowCount() == 2);
    const auto text = [&](int r, int c) { return model.index(r, c).data().toString(); };
    CHECK(text(0, ActionTableModel::What) == QStringLiteral("Beställ rullator"));
    CHECK(text(0, ActionTableModel::Responsible) == QStringLiteral("Åke Öberg"));
    CHECK(text(0, ActionTableModel::Due) == QStringLiteral("2026-03-09"));
    CHECK(text(0, ActionTableModel::Decided) == QStringLiteral("2026-03-02"));
    CHECK(text(0, ActionTableModel::FollowUp) == QStringLiteral("2026-03-16"));
    CHECK(text(0, ActionTableModel::Status) == QStringLiteral("Försenad"));
    CHECK(text(1, ActionTableModel::FollowUp).isEmpty());
    CHECK(text(1, ActionTableModel::Status) == QStringLiteral("Klar 2026-03-09 av Greta Nurse"));

    // The id finds the row again after the list is read anew; dates sort as dates.
    CHECK(model.index(1, 0).data(ActionTableModel::ActionIdRole).toLongLong() == 9);
    CHECK(model.rowOf(9) == 1);
    CHECK(model.rowOf(42) == -1);
    CHECK(model.actionIdAt(5) == 0);
    CHECK(model.index(0, ActionTableModel::Due).data(ActionTableModel::SortRole).toDate()
        == QDate(2026, 3, 9));
    CHECK(model.headerData(ActionTableModel::Status, Qt::Horizontal).toString()
        == QStringLiteral("Läge"));
}
