// The clients dialog's save is one action: the changed clients and the
// unit's rotation are saved together or not at all, on both engines.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/StorageError.h"
#include "services/chair/UnitClients.h"
#include "services/chair/UnitTeams.h"
#include "storage/ClientRepository.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "support/TestBackends.h"

using namespace tf;

TEST_CASE("a conflict on one client leaves the other clients and the rotation unsaved", "[chair]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        const Unit unit = *workspace.units().byId(fixture.unitId);
        UnitClients clients(workspace);
        const UnitPlanning before = clients.planning(unit);

        Client first = *workspace.clients().byId(fixture.clientIds.at(0));
        Client second = *workspace.clients().byId(fixture.clientIds.at(1));
        // Someone else changes the second client after the dialog read it.
        Client theirs = second;
        theirs.apartment = QStringLiteral("2 B");
        workspace.clients().save(theirs, fixture.nurseId);

        first.priority = 9;
        second.priority = 8;
        UnitPlanning wanted = before;
        wanted.clientsPerMeeting = before.clientsPerMeeting + 1;
        Client added;
        added.unitId = unit.id;
        added.name = QStringLiteral("Ny Kund");
        added.personnummer = QStringLiteral("19121212-1212");
        StorageError::Kind kind = StorageError::Kind::General;
        try {
            clients.saveAndAdd(unit, {first, second}, wanted, added);
        } catch (const StorageError &error) {
            kind = error.kind();
        }
        CHECK(kind == StorageError::Kind::Conflict);
        CHECK(workspace.clients().byId(first.id)->priority == 5);
        CHECK(workspace.clients().byId(second.id)->apartment == QStringLiteral("2 B"));
        CHECK(workspace.clients().byUnit(unit.id).size() == 5);
        CHECK(clients.planning(unit).clientsPerMeeting == before.clientsPerMeeting);

        // Saved to what is stored now, the same change goes through whole.
        second = *workspace.clients().byId(second.id);
        second.priority = 8;
        const QList<Client> saved = clients.save(unit, {first, second}, wanted);
        CHECK(saved.at(1).version == workspace.clients().byId(second.id)->version);
        CHECK(workspace.clients().byId(first.id)->priority == 9);
        CHECK(clients.planning(unit).clientsPerMeeting == wanted.clientsPerMeeting);
    }
}

TEST_CASE("a person added in the team dialog is stored with the team as ticked", "[chair]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    const QString forum = QStringLiteral("teammote");
    UnitTeams teams(workspace);
    // The night staff member is unticked, then a new person is added.
    const QList<TeamMember> ticked
        = {{fixture.unitId, forum, fixture.chairId, QStringLiteral("Enhetschef"), false},
            {fixture.unitId, forum, fixture.nurseId, QStringLiteral("Sjuksköterska"), false}};
    Person person;
    person.name = QStringLiteral("Ulla Undersköterska");
    person.profession = QStringLiteral("Undersköterska");
    const qint64 id = teams.addPerson(fixture.unitId, forum, ticked, person);
    CHECK(workspace.people().byId(id)->name == QStringLiteral("Ulla Undersköterska"));
    const QList<TeamMember> stored = teams.members(fixture.unitId, forum);
    REQUIRE(stored.size() == 2);
    CHECK(std::none_of(stored.begin(), stored.end(),
        [&](const TeamMember &m) { return m.personId == fixture.nightId; }));
}
