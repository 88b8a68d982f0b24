#include <catch2/catch.hpp>

#include "domain/Unit.h"
#include "services/Workspace.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::testBackends;

TEST_CASE("people and units are stored and read back", "[storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        Person nurse;
        nurse.name = QStringLiteral("Örjan Åkesson");
        nurse.profession = QStringLiteral("Sjuksköterska");
        nurse.role = QStringLiteral("Ansvarig sjuksköterska");
        const qint64 nurseId = workspace.people().create(nurse, 0);
        const auto stored = workspace.people().byId(nurseId);
        REQUIRE(stored);
        CHECK(stored->name == nurse.name);
        CHECK(stored->profession == nurse.profession);
        CHECK_FALSE(stored->uuid.isEmpty());

        Unit unit;
        unit.serviceType = ServiceType::Gruppbostad;
        unit.name = QStringLiteral("Gruppbostad Linden");
        const qint64 unitId = workspace.units().create(unit, nurseId);
        const auto units = workspace.units().all();
        REQUIRE(units.size() == 1);
        CHECK(units.first().id == unitId);
        CHECK(units.first().serviceType == ServiceType::Gruppbostad);
    }
}

TEST_CASE("awkward text is stored and read back byte for byte", "[storage][robustness]")
{
    const QStringList samples = {
        QStringLiteral("Robert'); DROP TABLE person;--"),
        QStringLiteral("50 % \"citat\" \\ _ understreck"),
        QString::fromUtf8("Emoji 👩‍⚕️🧓🏽 och ÅÄÖ åäö"),
        QString::fromUtf8("עברית مرحبا right-to-left"),
        QStringLiteral("rad ett\nrad två\ttabb"),
        QString(QStringLiteral("x")).repeated(1024 * 1024),
    };
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        for (const QString &sample : samples) {
            Person person;
            person.name = sample;
            const qint64 id = workspace.people().create(person, 0);
            CHECK(workspace.people().byId(id)->name == sample.trimmed());
        }
    }
}

TEST_CASE("on PostgreSQL the database login identifies the person", "[storage][postgresql]")
{
    if (!tf::test::postgresConfigured())
        return;
    const auto backend = testBackends().last();
    Workspace workspace(backend.spec);
    workspace.open();
    Person person;
    person.name = QStringLiteral("Anna Berg");
    person.login = backend.spec.user;
    workspace.people().create(person, 0);
    const auto found = workspace.people().byLogin(backend.spec.user);
    REQUIRE(found);
    CHECK(found->name == person.name);
}
