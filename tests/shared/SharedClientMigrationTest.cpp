// Migration 029 on a store that holds one personnummer twice (registered in
// two units before a personnummer was one client): the later record is
// merged into the first, keeps its rows and history, and the first record
// is served by both units with dates. The hash-chained access log is left
// as it was. Both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/AccessLogger.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/ClientRepository.h"
#include "storage/ClientUnitRepository.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/MeetingRepository.h"
#include "storage/Query.h"
#include "storage/UnitRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
// 013's client policies, as they were before 029.
const char *const kPolicies013[] = {
    "CREATE POLICY care_relation ON client FOR SELECT USING ("
    "(SELECT teamforum_me()) IN (contact_person_id, nurse_id, occupational_therapist_id, "
    "physiotherapist_id) "
    "OR unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me()))) "
    "OR id IN (SELECT teamforum_meeting_clients((SELECT teamforum_me()))))",
    "CREATE POLICY care_relation_updates ON client FOR UPDATE USING ("
    "(SELECT teamforum_me()) IN (contact_person_id, nurse_id, occupational_therapist_id, "
    "physiotherapist_id) "
    "OR unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me()))) "
    "OR id IN (SELECT teamforum_meeting_clients((SELECT teamforum_me()))))",
};

// Takes the store back to before migration 029.
void undoMigration29(Database &db)
{
    if (db.isPostgres()) {
        execSchemaStatement(db, QStringLiteral("DROP POLICY care_relation ON client"));
        execSchemaStatement(db, QStringLiteral("DROP POLICY care_relation_updates ON client"));
        for (const char *sql : kPolicies013)
            execSchemaStatement(db, QString::fromUtf8(sql));
        execSchemaStatement(db, QStringLiteral("DROP FUNCTION teamforum_served_clients(bigint)"));
        execSchemaStatement(
            db, QStringLiteral("DROP FUNCTION teamforum_client_of_personnummer(text)"));
    }
    execSchemaStatement(db, QStringLiteral("DROP INDEX client_personnummer_once"));
    execSchemaStatement(db, QStringLiteral("DROP TABLE client_serving_unit"));
    execSchemaStatement(db, QStringLiteral("DROP TABLE coordinated_unit"));
    execSchemaStatement(db, QStringLiteral("ALTER TABLE client DROP COLUMN merged_into"));
    Query step(db, QStringLiteral("DELETE FROM schema_version WHERE version = 29"));
    step.exec();
}

qint64 insertClient(Database &db, qint64 unitId, const QString &name, const QString &number,
    const QString &insatsEndsOn = {})
{
    Query insert(db,
        QStringLiteral("INSERT INTO client (uuid, unit_id, personnummer, name, insats_ends_on, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(QStringLiteral("c-") + name)
        .bind(unitId)
        .bind(number)
        .bind(name)
        .bind(insatsEndsOn.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : insatsEndsOn)
        .bind(QStringLiteral("2025-03-04T10:00:00Z"));
    return insert.execReturningId();
}
} // namespace

TEST_CASE("a personnummer held twice is merged into the first record, history kept",
    "[shared][migration][clients]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        qint64 first = 0, twice = 0, alone = 0, homeCare = 0, boendestod = 0, meeting = 0;
        int entriesBefore = 0;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            test::TeamSpec spec;
            spec.serviceType = ServiceType::OrdinartBoende;
            const test::TeamFixture team = test::makeTeam(workspace, spec);
            workspace.setActorId(team.leadId);
            homeCare = team.unitId;
            Unit unit;
            unit.name = QStringLiteral("Boendestöd Norr");
            unit.serviceType = ServiceType::Boendestod;
            boendestod = workspace.units().create(unit, team.leadId);
            undoMigration29(workspace.database());
            // Greta in home care (her insats there ended when she moved into
            // the boendestöd's area), registered again by the boendestöd.
            first = insertClient(workspace.database(), homeCare, QStringLiteral("Greta Gran"),
                QStringLiteral("19400101-9878"), QStringLiteral("2025-09-01"));
            twice = insertClient(workspace.database(), boendestod, QStringLiteral("Greta G."),
                QStringLiteral("19400101-9878"));
            alone = insertClient(workspace.database(), boendestod, QStringLiteral("Bo Boende"),
                QStringLiteral("19400202-9876"));
            // The boendestöd discussed its record at a meeting and read it.
            meeting = test::makeForumMeeting(
                workspace, boendestod, "teammote", QDate(2025, 10, 1), team.leadId);
            AgendaItem item;
            item.meetingId = meeting;
            item.position = 1;
            item.title = QStringLiteral("Greta G.");
            item.clientId = twice;
            workspace.meetings().addAgendaItem(item, team.leadId);
            workspace.accessLogger().clientRead(
                twice, AccessKind::ClientRecord, AccessPurpose::UnitClients);
            workspace.accessLogger().clientRead(
                first, AccessKind::ClientRecord, AccessPurpose::UnitClients);
            AccessLogFilter all;
            entriesBefore = workspace.accessLog().find(all).size();
            REQUIRE(entriesBefore == 2);
        }
        Workspace workspace(backend.spec);
        workspace.open(); // migrates 029 again

        // Both records and their history are there; the second is merged.
        REQUIRE(workspace.clients().byId(twice));
        CHECK(workspace.clients().byId(twice)->name == QStringLiteral("Greta G."));
        CHECK(workspace.clients().byPersonnummer(QStringLiteral("19400101-9878"))->id == first);
        bool named = false;
        for (const AgendaItem &item : workspace.meetings().agendaItems(meeting))
            named = named || item.clientId == twice;
        CHECK(named);
        AccessLogFilter all;
        CHECK(workspace.accessLog().find(all).size() == entriesBefore);
        CHECK(workspace.accessLog().verify().ok());

        // Lists show the kept record only, in both units, with dates.
        const QDate today(2026, 1, 15);
        QList<qint64> ids;
        for (const Client &client : workspace.directory().currentClientsOf(boendestod, today))
            ids << client.id;
        std::sort(ids.begin(), ids.end());
        CHECK(ids == (QList<qint64> {first, alone}));
        // Her home-care insats ended on 2025-09-01; the boendestöd's goes on,
        // so the kept record's does too.
        for (const Client &client : workspace.directory().currentClientsOf(homeCare, today))
            CHECK(client.id != first);
        CHECK_FALSE(workspace.clients().byId(first)->insatsEndsOn.isValid());
        const QList<ClientUnit> rows = ClientUnitRepository(workspace.database()).unitsOf(first);
        REQUIRE(rows.size() == 2);
        CHECK(rows.at(0).unitId == homeCare);
        CHECK(rows.at(0).to == QDate(2025, 9, 1));
        CHECK(rows.at(1).unitId == boendestod);
        CHECK(rows.at(1).from == QDate(2025, 3, 4));
        CHECK_FALSE(rows.at(1).to.isValid());
        CHECK(workspace.clients().all().size() == 3); // and the fixture's own client
        // The minutes of the boendestöd's meeting still name the merged record.
        bool inPapers = false;
        for (const Client &client :
            ClientUnitRepository(workspace.database()).namedByMeeting(meeting))
            inPapers = inPapers || client.id == twice;
        CHECK(inPapers);

        // From now on the database takes no second record of a personnummer.
        CHECK_THROWS_AS(insertClient(workspace.database(), homeCare, QStringLiteral("Greta 3"),
                            QStringLiteral("19400101-9878")),
            StorageError);
    }
}
