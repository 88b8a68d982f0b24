#include <catch2/catch.hpp>

#include "models/FeedbackDueModel.h"

#include <QAbstractItemModelTester>

using namespace tf;

TEST_CASE("the decisions to report back name client, decision and meeting", "[models]")
{
    FeedbackDueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    FeedbackDue rollator;
    rollator.action.id = 4;
    rollator.action.meetingId = 2;
    rollator.action.what = QStringLiteral("Prova rollator inomhus");
    rollator.client.id = 7;
    rollator.client.name = QStringLiteral("Greta Gran");
    FeedbackDue glasses = rollator;
    glasses.action.id = 5;
    glasses.action.meetingId = 3; // a meeting without a label
    glasses.action.what = QStringLiteral("Nya glasögon");
    model.setFeedback({rollator, glasses}, {{2, QStringLiteral("2026-05-06 09:00 Teammöte")}});

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Beslut"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Greta Gran"));
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Prova rollator inomhus"));
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("2026-05-06 09:00 Teammöte"));
    CHECK(model.index(1, 2).data().toString().isEmpty());
    CHECK(model.index(1, 0).data(FeedbackDueModel::ActionIdRole).toLongLong() == 5);
    CHECK(model.index(1, 1).data(FeedbackDueModel::SortRole).toString()
        == QStringLiteral("Nya glasögon"));
    CHECK(model.feedbackAt(0)->action.id == 4);
    CHECK(model.feedbackAt(-1) == nullptr);

    model.setFeedback({}, {});
    CHECK(model.rowCount() == 0);
}
