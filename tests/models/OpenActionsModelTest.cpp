#include <catch2/catch.hpp>

#include "models/OpenActionsModel.h"

#include <QAbstractItemModelTester>

using namespace tf;

namespace {

Action action(qint64 id, const QString &what, qint64 clientId, const QDate &due)
{
    Action a;
    a.id = id;
    a.what = what;
    a.clientId = clientId;
    a.dueDate = due;
    return a;
}

} // namespace

TEST_CASE("a person's open actions show their client and which are overdue", "[models]")
{
    const QDate today(2026, 5, 4);
    OpenActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setActions({action(1, QStringLiteral("Köpa nya tofflor"), 7, QDate(2026, 5, 1)),
                         action(2, QStringLiteral("Boka tandläkare"), 0, QDate(2026, 5, 9)),
                         action(3, QStringLiteral("Ringa dottern"), 7, QDate())},
        {{7, QStringLiteral("Greta Gran")}}, today);

    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("Klart senast"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Köpa nya tofflor"));
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Greta Gran"));
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("2026-05-01 (försenad)"));
    // An action about no client, and one without a due date.
    CHECK(model.index(1, 1).data().toString().isEmpty());
    CHECK(model.index(1, 2).data().toString() == QStringLiteral("2026-05-09"));
    CHECK(model.index(2, 2).data().toString().isEmpty());

    CHECK(model.index(1, 0).data(OpenActionsModel::ActionIdRole).toLongLong() == 2);
    CHECK(model.index(0, 2).data(OpenActionsModel::SortRole).toDate() == QDate(2026, 5, 1));
    CHECK(model.actionAt(2)->what == QStringLiteral("Ringa dottern"));
    CHECK(model.actionAt(3) == nullptr);
}
