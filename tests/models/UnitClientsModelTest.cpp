// The unit's clients as the chair edits them: shown in Swedish, changed in
// the model's copy only until the dialog saves.
#include <catch2/catch.hpp>

#include "models/UnitClientsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tf;

namespace {
Client client(
    qint64 id, const QString &name, const QString &apartment, int priority, qint64 contactPersonId)
{
    Client c;
    c.id = id;
    c.name = name;
    c.apartment = apartment;
    c.priority = priority;
    c.contactPersonId = contactPersonId;
    return c;
}

Person person(qint64 id, const QString &name)
{
    Person p;
    p.id = id;
    p.name = name;
    return p;
}
} // namespace

TEST_CASE("the clients table shows each client's apartment, priority and people in Swedish",
    "[models][chair]")
{
    UnitClientsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPeople({person(3, QStringLiteral("Sara Sjuksköterska"))});
    model.setClients({client(11, QStringLiteral("Greta Gran"), QStringLiteral("1"), 2, 3),
        client(12, QStringLiteral("Åke Ek"), QStringLiteral("2"), 0, 0)});

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 8);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    CHECK(headers
        == QStringList {QStringLiteral("Namn"), QStringLiteral("Lägenhet eller adress"),
            QStringLiteral("Prioritet"), QStringLiteral("Fast omsorgskontakt"),
            QStringLiteral("Sjuksköterska"), QStringLiteral("Arbetsterapeut"),
            QStringLiteral("Fysioterapeut"), QStringLiteral("Genomförandeplan")});
    auto shown = [&](int row, int column) { return model.index(row, column).data().toString(); };
    CHECK(shown(0, UnitClientsModel::NameColumn) == QStringLiteral("Greta Gran"));
    CHECK(shown(0, UnitClientsModel::ApartmentColumn) == QStringLiteral("1"));
    CHECK(shown(0, UnitClientsModel::PriorityColumn) == QStringLiteral("2"));
    CHECK(shown(0, UnitClientsModel::ContactColumn) == QStringLiteral("Sara Sjuksköterska"));
    CHECK(shown(1, UnitClientsModel::ContactColumn) == QStringLiteral("Ej vald"));
    // The genomförandeplan is shown to read, never edited here.
    model.setCarePlans({{11, QStringLiteral("Dags: uppföljning senast 2026-09-30")}});
    CHECK(shown(0, UnitClientsModel::CarePlanColumn)
        == QStringLiteral("Dags: uppföljning senast 2026-09-30"));
    CHECK(shown(1, UnitClientsModel::CarePlanColumn).isEmpty());
    CHECK_FALSE(
        model.flags(model.index(0, UnitClientsModel::CarePlanColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(
        model.setData(model.index(0, UnitClientsModel::CarePlanColumn), QStringLiteral("x")));
    CHECK(model.index(1, UnitClientsModel::PtColumn).data(UnitClientsModel::ClientIdRole) == 12);
    CHECK(model.index(0, UnitClientsModel::PriorityColumn).data(UnitClientsModel::SortRole) == 2);
    CHECK(model.flags(model.index(0, UnitClientsModel::NameColumn)).testFlag(Qt::ItemIsEditable));

    // An edit changes the copy the dialog saves, and the row says so.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(model.setData(model.index(1, UnitClientsModel::ContactColumn), qint64(3)));
    REQUIRE(model.setData(model.index(1, UnitClientsModel::PriorityColumn), 4));
    REQUIRE(model.setData(
        model.index(1, UnitClientsModel::ApartmentColumn), QStringLiteral("Storgatan 3")));
    CHECK(changed.size() == 3);
    CHECK(shown(1, UnitClientsModel::ContactColumn) == QStringLiteral("Sara Sjuksköterska"));
    CHECK(model.index(1, UnitClientsModel::ContactColumn).data(Qt::EditRole).toLongLong() == 3);
    const Client edited = model.clients().at(1);
    CHECK(edited.id == 12);
    CHECK(edited.contactPersonId == 3);
    CHECK(edited.priority == 4);
    CHECK(edited.apartment == QStringLiteral("Storgatan 3"));
    CHECK(model.clients().at(0).contactPersonId == 3);

    model.setClients({});
    CHECK(model.rowCount() == 0);
}
