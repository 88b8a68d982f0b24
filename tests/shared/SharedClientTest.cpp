// One client record across units (seed 001: home care, boendestöd and
// hemsjukvård share their clients with the health centre): a personnummer
// registered in a second unit is the same client, served by both, on both
// engines; the database refuses a second record.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/ClientUnits.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/chair/UnitClients.h"
#include "storage/AccessLogRepository.h"
#include "storage/ClientRepository.h"
#include "storage/UnitRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <functional>

using namespace tf;

namespace {
qint64 makeUnit(Workspace &workspace, const QString &name, ServiceType type, qint64 actorId)
{
    Unit unit;
    unit.name = name;
    unit.serviceType = type;
    return workspace.units().create(unit, actorId);
}

QList<qint64> idsOf(const QList<Client> &clients)
{
    QList<qint64> ids;
    for (const Client &client : clients)
        ids << client.id;
    return ids;
}

StorageError::Kind kindOf(const std::function<void()> &work)
{
    try {
        work();
    } catch (const StorageError &error) {
        return error.kind();
    }
    return StorageError::Kind::General;
}
} // namespace

TEST_CASE("a personnummer registered in a second unit is the same client, served by both",
    "[shared][clients]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.serviceType = ServiceType::OrdinartBoende;
        const test::TeamFixture team = test::makeTeam(workspace, spec);
        workspace.setActorId(team.leadId);
        const qint64 boendestod = makeUnit(
            workspace, QStringLiteral("Boendestöd Norr"), ServiceType::Boendestod, team.leadId);

        // Boendestöd registers Greta, typing her name a little differently.
        Client typed;
        typed.unitId = boendestod;
        typed.name = QStringLiteral("Greta G");
        typed.personnummer = QStringLiteral("19121212-1212");
        const QDate from(2026, 5, 1);
        ClientUnits units(workspace);
        const auto registered = units.registerClient(typed, AccessPurpose::UnitClients, from);
        CHECK(registered.attached);
        CHECK(registered.client.id == team.clientId);
        CHECK(registered.client.name == QStringLiteral("Greta Gran")); // the record stays
        CHECK(registered.message.contains(QStringLiteral("Inget nytt kundkort")));
        CHECK(registered.message.contains(QStringLiteral("Solgården avd 2")));
        CHECK(registered.message.contains(QStringLiteral("Boendestöd Norr")));
        CHECK(workspace.clients().all().size() == 1);

        // Both units list her from that day on; the boendestöd not before.
        CHECK(idsOf(workspace.directory().currentClientsOf(boendestod, QDate(2026, 5, 2)))
            == QList<qint64> {team.clientId});
        CHECK(workspace.directory().currentClientsOf(boendestod, QDate(2026, 4, 30)).isEmpty());
        CHECK(idsOf(workspace.directory().currentClientsOf(team.unitId, QDate(2026, 5, 2)))
            == QList<qint64> {team.clientId});
        const QList<ClientUnit> rows = units.unitsOf(team.clientId);
        REQUIRE(rows.size() == 2);
        CHECK(rows.at(0).unitId == team.unitId);
        CHECK_FALSE(rows.at(0).from.isValid()); // since she was registered
        CHECK(rows.at(1).unitId == boendestod);
        CHECK(rows.at(1).from == from);

        // The same unit registering her again is a true duplicate: refused.
        CHECK(kindOf([&] { units.registerClient(typed, AccessPurpose::UnitClients, from); })
            == StorageError::Kind::Refused);
        CHECK(workspace.clients().all().size() == 1);
        // The database itself takes no second record of the personnummer.
        Client second = typed;
        CHECK_THROWS_AS(workspace.clients().create(second, team.leadId), StorageError);

        // The boendestöd ends its part; home care goes on.
        units.unserve(team.clientId, boendestod, QDate(2026, 9, 1));
        CHECK(workspace.directory().currentClientsOf(boendestod, QDate(2026, 9, 1)).isEmpty());
        CHECK(idsOf(workspace.directory().currentClientsOf(boendestod, QDate(2026, 8, 31)))
            == QList<qint64> {team.clientId});
        CHECK(idsOf(workspace.directory().currentClientsOf(team.unitId, QDate(2026, 9, 1)))
            == QList<qint64> {team.clientId});
        CHECK(kindOf([&] { units.unserve(team.clientId, boendestod, QDate(2026, 10, 1)); })
            == StorageError::Kind::Refused);
        // …and may serve her again later.
        units.serve(team.clientId, boendestod, QDate(2027, 1, 10));
        CHECK(idsOf(workspace.directory().currentClientsOf(boendestod, QDate(2027, 1, 10)))
            == QList<qint64> {team.clientId});
        CHECK(kindOf([&] { units.serve(team.clientId, boendestod, QDate(2027, 2, 1)); })
            == StorageError::Kind::Refused);
    }
}

TEST_CASE("the chair's clients dialog attaches a person another unit serves and says so",
    "[shared][clients][chair]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.serviceType = ServiceType::OrdinartBoende;
        const test::TeamFixture team = test::makeTeam(workspace, spec);
        workspace.setActorId(team.leadId);
        const qint64 other = makeUnit(
            workspace, QStringLiteral("Hemtjänst Söder"), ServiceType::OrdinartBoende, team.leadId);
        const Unit unit = *workspace.units().byId(other);
        UnitClients clients(workspace);
        Client added;
        added.unitId = other;
        added.name = QStringLiteral("Greta Gran");
        added.personnummer = QStringLiteral("19121212-1212");
        QString notice;
        clients.saveAndAdd(unit, {}, clients.planning(unit), added, &notice);
        CHECK(notice.contains(QStringLiteral("redan kund")));
        CHECK(idsOf(workspace.directory().clientsOf(other)) == QList<qint64> {team.clientId});
        CHECK(workspace.clients().all().size() == 1);
        // The read of her record is in the access log, for the chair.
        AccessLogFilter filter;
        filter.clientId = team.clientId;
        const auto entries = workspace.accessLog().find(filter);
        REQUIRE(entries.size() == 1);
        CHECK(entries.first().personId == team.leadId);

        // A new person is a new client, without a notice.
        added.name = QStringLiteral("Harald Ny");
        added.personnummer = QStringLiteral("19400101-9878");
        clients.saveAndAdd(unit, {}, clients.planning(unit), added, &notice);
        CHECK(notice.isEmpty());
        CHECK(workspace.clients().all().size() == 2);
    }
}
