#include <catch2/catch.hpp>

#include "models/PersonChoiceModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>

using namespace tf;

namespace {
Person person(qint64 id, const QString &name, const QString &role = {})
{
    Person p;
    p.id = id;
    p.name = name;
    p.role = role;
    return p;
}
} // namespace

TEST_CASE("a chooser of people keeps Qt's model rules as its people change", "[model]")
{
    PersonChoiceModel model(QStringLiteral("Ingen ersättare"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPeople({person(7, QStringLiteral("Åsa Berg")), person(9, QStringLiteral("Ali Said"))});
    model.setPeople({});
    CHECK(model.rowCount() == 1); // nobody is still offered
}

TEST_CASE("a chooser offers nobody first, then each person by name and id", "[model]")
{
    PersonChoiceModel model(QStringLiteral("Ingen ersättare"));
    model.setPeople({person(7, QStringLiteral("Åsa Berg"), QStringLiteral("Sjuksköterska")),
        person(9, QStringLiteral("Ali Said"))});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0).data().toString() == QStringLiteral("Ingen ersättare"));
    CHECK(model.index(0).data(Qt::UserRole).toLongLong() == 0);
    CHECK(model.index(1).data().toString() == QStringLiteral("Åsa Berg"));
    CHECK(model.index(2).data(Qt::UserRole).toLongLong() == 9);
    CHECK(model.rowOf(0) == 0);
    CHECK(model.rowOf(9) == 2);
    CHECK(model.rowOf(8) == -1);
    CHECK(model.personIdAt(1) == 7);
    CHECK(model.personIdAt(3) == 0);

    // Set again, the rows follow the new people, not those before.
    model.setPeople({person(9, QStringLiteral("Ali Said"))});
    CHECK(model.rowOf(9) == 1);
    CHECK(model.rowOf(7) == -1);
}

TEST_CASE("a chooser without a nobody row names each person with their role", "[model]")
{
    PersonChoiceModel model(QString(), PersonChoiceModel::Label::NameAndRole);
    model.setPeople({person(7, QStringLiteral("Åsa Berg"), QStringLiteral("Sjuksköterska")),
        person(9, QStringLiteral("Ali Said"))});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0).data().toString() == QStringLiteral("Åsa Berg (Sjuksköterska)"));
    CHECK(model.index(1).data().toString() == QStringLiteral("Ali Said"));
    CHECK(model.rowOf(0) == -1);
    CHECK(model.rowOf(7) == 0);

    // A combo box finds a person by id as it would in its own items.
    QComboBox chooser;
    chooser.setModel(&model);
    CHECK(chooser.findData(qint64(9)) == 1);
    CHECK(chooser.itemText(0) == QStringLiteral("Åsa Berg (Sjuksköterska)"));
}
