// One user action is one transaction: steps inside it are savepoints, so a
// failure anywhere leaves nothing of the action behind.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "domain/Unit.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "support/TestBackends.h"

#include <stdexcept>

using namespace tf;

namespace {
Unit unitNamed(const QString &name)
{
    Unit unit;
    unit.serviceType = ServiceType::Sabo;
    unit.name = name;
    return unit;
}

QStringList unitNames(Workspace &workspace)
{
    QStringList names;
    for (const Unit &unit : workspace.units().all())
        names << unit.name;
    return names;
}
} // namespace

TEST_CASE("a failed action leaves none of its committed steps behind", "[storage]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        try {
            Transaction action(workspace.database());
            workspace.units().create(unitNamed(QStringLiteral("Björken")), 0); // commits a step
            workspace.units().create(unitNamed(QStringLiteral("Eken")), 0);
            throw std::runtime_error("the third step fails");
        } catch (const std::runtime_error &) { }
        CHECK(unitNames(workspace).isEmpty());

        // The connection is usable afterwards, and a whole action is kept.
        {
            Transaction action(workspace.database());
            workspace.units().create(unitNamed(QStringLiteral("Linden")), 0);
            workspace.units().create(unitNamed(QStringLiteral("Lönnen")), 0);
            action.commit();
        }
        CHECK(unitNames(workspace).size() == 2);
    }
}

TEST_CASE("a failed step inside an action is undone alone", "[storage]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        {
            Transaction action(workspace.database());
            workspace.units().create(unitNamed(QStringLiteral("Björken")), 0);
            try {
                Transaction step(workspace.database());
                workspace.units().create(unitNamed(QStringLiteral("Eken")), 0);
                throw std::runtime_error("this step fails");
            } catch (const std::runtime_error &) { }
            // A failed statement inside the step must not spoil the action
            // (PostgreSQL aborts the whole transaction unless it is a savepoint).
            try {
                Transaction step(workspace.database());
                Unit bad = unitNamed(QStringLiteral("Granen"));
                bad.parentId = 999999; // no such unit: the foreign key refuses it
                workspace.units().create(bad, 0);
                step.commit();
            } catch (const StorageError &) { }
            workspace.units().create(unitNamed(QStringLiteral("Linden")), 0);
            action.commit();
        }
        CHECK(unitNames(workspace)
            == QStringList {QStringLiteral("Björken"), QStringLiteral("Linden")});
        CHECK(workspace.database().transactionDepth() == 0);
    }
}

TEST_CASE(
    "a failed step that joined the action without a savepoint stops the whole action", "[storage]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        Database &db = workspace.database();
        {
            Transaction action(db);
            workspace.units().create(unitNamed(QStringLiteral("Björken")), 0);
            try {
                Transaction step(db, Transaction::Nesting::Join);
                workspace.units().create(unitNamed(QStringLiteral("Eken")), 0);
                throw std::runtime_error("the joined step fails");
            } catch (const std::runtime_error &) { }
            // Nothing can undo the joined step alone: the action may not commit.
            CHECK_THROWS_AS(action.commit(), StorageError);
        }
        CHECK(unitNames(workspace).isEmpty());

        // A joined step that succeeds commits with its action, and the next
        // action starts clean.
        {
            Transaction action(db);
            {
                Transaction step(db, Transaction::Nesting::Join);
                workspace.units().create(unitNamed(QStringLiteral("Linden")), 0);
                step.commit();
            }
            action.commit();
        }
        CHECK(unitNames(workspace) == QStringList {QStringLiteral("Linden")});

        // A savepoint that undid the failed joined step lets the action commit.
        {
            Transaction action(db);
            workspace.units().create(unitNamed(QStringLiteral("Lönnen")), 0);
            try {
                Transaction undoable(db);
                Transaction step(db, Transaction::Nesting::Join);
                workspace.units().create(unitNamed(QStringLiteral("Aspen")), 0);
                throw std::runtime_error("the joined step fails");
            } catch (const std::runtime_error &) { }
            action.commit();
        }
        QStringList names = unitNames(workspace);
        names.sort();
        CHECK(names == QStringList {QStringLiteral("Linden"), QStringLiteral("Lönnen")});
    }
}
