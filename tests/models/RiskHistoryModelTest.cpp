#include <catch2/catch.hpp>

#include "models/RiskHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

using namespace tf;

namespace {

RiskAssessment downton(qint64 id, const QDate &day, int score, qint64 assessorId)
{
    RiskAssessment a;
    a.id = id;
    a.instrument = QStringLiteral("downton");
    a.assessedUtc = QDateTime(day, QTime(23, 30), QTimeZone::utc());
    a.assessedById = assessorId;
    a.result.score = score;
    a.result.risk = score >= 3;
    a.result.level = score >= 3 ? QStringLiteral("risk") : QStringLiteral("no_risk");
    return a;
}

QString shown(const RiskHistoryModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("the assessment history shows each result and its trend", "[models]")
{
    RiskHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    RiskAssessment incomplete = downton(5, QDate(2026, 4, 1), 0, 2);
    incomplete.complete = false;
    incomplete.result = RiskResult();
    // Newest first, as the history is read.
    model.setHistory(
        {incomplete, downton(4, QDate(2026, 3, 1), 4, 1), downton(3, QDate(2026, 2, 1), 4, 1),
            downton(2, QDate(2026, 1, 1), 2, 2), downton(1, QDate(2025, 12, 1), 1, 2)},
        {{1, QStringLiteral("Sara Ström")}, {2, QStringLiteral("Nils Ek")}},
        {{4, {QStringLiteral("Jag föll inte"), QStringLiteral("Det var en annan dag")}}},
        {{4, QStringLiteral("Vårdplan saknas")}});

    REQUIRE(model.rowCount() == 5);
    REQUIRE(model.columnCount() == 8);
    CHECK(model.headerData(RiskHistoryModel::CarePlanColumn, Qt::Horizontal).toString()
        == QStringLiteral("Vårdplan"));
    CHECK(shown(model, 1, RiskHistoryModel::CarePlanColumn) == QStringLiteral("Vårdplan saknas"));
    CHECK(shown(model, 2, RiskHistoryModel::CarePlanColumn).isEmpty());
    CHECK(shown(model, 1, RiskHistoryModel::ObjectionColumn)
        == QStringLiteral("Jag föll inte\nDet var en annan dag"));
    CHECK(shown(model, 2, RiskHistoryModel::ObjectionColumn).isEmpty());
    CHECK(model.headerData(4, Qt::Horizontal).toString() == QStringLiteral("Trend"));
    CHECK(shown(model, 0, 3) == QStringLiteral("Kunde inte slutföras"));
    CHECK(shown(model, 0, 4).isEmpty());
    CHECK(shown(model, 1, 2) == QStringLiteral("4"));
    CHECK(shown(model, 1, 3) == QStringLiteral("Risk för fall"));
    CHECK(shown(model, 1, 4) == QStringLiteral("oförändrat"));
    CHECK(shown(model, 1, 5) == QStringLiteral("Sara Ström"));
    CHECK(shown(model, 2, 4) == QStringLiteral("ny risk"));
    CHECK(shown(model, 3, 4) == QStringLiteral("1 poäng förra gången"));
    CHECK(shown(model, 4, 4).isEmpty());
    // The day in Sweden: 23:30 UTC on the first is the second there.
    CHECK(shown(model, 4, 0) == QStringLiteral("2025-12-02"));
    CHECK(shown(model, 1, 0) == QStringLiteral("2026-03-02"));

    CHECK(model.index(2, 0).data(RiskHistoryModel::AssessmentIdRole).toLongLong() == 3);
    CHECK(model.index(1, 2).data(RiskHistoryModel::SortRole).toInt() == 4);
    CHECK(model.assessmentAt(0)->id == 5);
    CHECK(model.assessmentAt(5) == nullptr);
}

TEST_CASE("an oral assessment with a grade 3 says to contact dental care", "[models][risk]")
{
    RiskHistoryModel model;
    RiskAssessment roag;
    roag.id = 1;
    roag.instrument = QStringLiteral("roag");
    roag.assessedUtc = QDateTime(QDate(2026, 5, 1), QTime(9, 0), QTimeZone::utc());
    roag.result.risk = true;
    roag.result.level = QStringLiteral("risk");
    roag.result.referral = true;
    RiskAssessment mild = roag;
    mild.id = 2;
    mild.result.referral = false;
    model.setHistory({roag, mild}, {});
    CHECK(shown(model, 0, RiskHistoryModel::ResultColumn)
        == QStringLiteral("Ohälsa i munnen – kontakta tandvården"));
    CHECK(shown(model, 1, RiskHistoryModel::ResultColumn) == QStringLiteral("Ohälsa i munnen"));
}
