#include <catch2/catch.hpp>

#include "models/SearchHitListModel.h"

#include <QAbstractItemModelTester>

using namespace tf;

namespace {
SearchHit hit(qint64 meetingId, SearchHit::Kind kind, const QString &snippet)
{
    SearchHit h;
    h.kind = kind;
    h.meetingId = meetingId;
    h.unitId = 4;
    h.meetingStartUtc = QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC);
    h.snippet = snippet;
    return h;
}
} // namespace

TEST_CASE("the search hit model keeps Qt's model rules through every search", "[search][model]")
{
    SearchHitListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QHash<qint64, QString> units {{4, QStringLiteral("Solgården")}};
    model.setHits(
        {hit(1, SearchHit::Kind::Minutes, QStringLiteral("a «b» c"))}, units, {QDate(2026, 3, 2)});
    model.setHits({}, units, {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE(
    "a search hit reads day, unit, kind and the snippet with the words in bold", "[search][model]")
{
    SearchHitListModel model;
    model.setHits({hit(12, SearchHit::Kind::Action, QStringLiteral("Greta «äta» <mat>"))},
        {{4, QStringLiteral("Solgården")}}, {QDate(2026, 3, 2)});
    REQUIRE(model.rowCount() == 1);
    const QModelIndex first = model.index(0, 0);
    CHECK(first.data().toString()
        == QStringLiteral("2026-03-02 · Solgården · Åtgärd\nGreta äta <mat>"));
    const QString html = first.data(SearchHitListModel::HtmlRole).toString();
    CHECK(html.contains(QStringLiteral("<b>äta</b>")));
    CHECK(html.contains(QStringLiteral("&lt;mat&gt;"))); // stored text is never markup
    CHECK(first.data(SearchHitListModel::MeetingIdRole).toLongLong() == 12);
    CHECK(model.meetingIdAt(0) == 12);
    CHECK(model.meetingIdAt(3) == 0);
    CHECK(first.data(SearchHitListModel::SortRole).toDateTime()
        == QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC));
}
