#include <catch2/catch.hpp>

#include "models/SipNeedsModel.h"

#include <QAbstractItemModelTester>

using namespace tf;

TEST_CASE("the SIP needs to call name client, note and meeting", "[models]")
{
    SipNeedsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    SipNeed need;
    need.id = 9;
    need.clientId = 7;
    need.meetingId = 2;
    need.note = QStringLiteral("Regionen och hemtjänsten");
    SipNeed other = need;
    other.id = 10;
    other.clientId = 8; // a client whose name was not read
    other.note.clear();
    model.setNeeds({need, other}, {{7, QStringLiteral("Greta Gran")}},
        {{2, QStringLiteral("2026-05-06 09:00 Samordningsmöte")}});

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("Noterat vid"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Greta Gran"));
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Regionen och hemtjänsten"));
    CHECK(
        model.index(0, 2).data().toString() == QStringLiteral("2026-05-06 09:00 Samordningsmöte"));
    CHECK(model.index(1, 0).data().toString().isEmpty());
    CHECK(model.index(1, 0).data(SipNeedsModel::SipNeedIdRole).toLongLong() == 10);
    CHECK(model.needAt(1)->id == 10);
    CHECK(model.needAt(2) == nullptr);
}
