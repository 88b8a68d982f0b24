// Who may read and write what on a shared PostgreSQL database: every table
// with client data against every kind of login, enforced by the database
// (migration 013) whatever program connects.

#include "access/CareRelationFixture.h"

#include "domain/Client.h"
#include "domain/StorageError.h"
#include "services/Directory.h"
#include "services/Identity.h"
#include "services/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::test;
using Who = CareRelationFixture::Who;

namespace {

// What one statement did: the rows it counted or touched, or the SQLSTATE
// it failed with.
struct Outcome
{
    int rows = -1;
    QString state;
};

Outcome run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {-1, query.lastError().nativeErrorCode()};
    if (query.isSelect())
        return {query.next() ? query.value(0).toInt() : -1, {}};
    return {query.numRowsAffected(), {}};
}

// A change tried and undone, so every cell starts from the same rows.
Outcome tryAndUndo(QSqlDatabase db, const QString &sql)
{
    REQUIRE(db.transaction());
    const Outcome outcome = run(db, sql);
    db.rollback();
    return outcome;
}

constexpr Who kEveryone[]
    = {Who::Chair, Who::Contact, Who::NurseA, Who::NurseB, Who::Admin, Who::Nobody};

const char *nameOf(Who who)
{
    static const char *const names[] = {"chair of A", "contact person of a1", "nurse of A",
        "nurse of B", "administrator", "login with no person"};
    return names[who];
}

struct ClientTable
{
    const char *table;
    const char *column; // set to itself by the update
    bool leaf; // deletable without touching other tables' rows
    int rows[6]; // visible to Chair, Contact, NurseA, NurseB, Admin, Nobody
};

// The fixture's rows as each login may see them.
const ClientTable kClientTables[] = {
    {"client", "apartment", false, {2, 1, 2, 1, 0, 0}},
    {"agenda_item", "title", false, {3, 1, 3, 2, 0, 0}},
    {"minute_entry", "text", true, {3, 1, 3, 2, 0, 0}},
    {"team_action", "what", false, {2, 1, 2, 1, 0, 0}},
    {"participation", "updated_at", true, {2, 1, 2, 1, 0, 0}},
    {"client_feedback", "method", true, {2, 1, 2, 1, 0, 0}},
    {"risk_assessment", "instrument", false, {2, 1, 2, 1, 0, 0}},
    {"risk_answer", "item_key", true, {4, 2, 4, 2, 0, 0}},
    {"consent", "scope", true, {2, 1, 2, 1, 0, 0}},
    {"sbar_report", "updated_at", true, {2, 1, 2, 1, 0, 0}},
    {"sip_need", "updated_at", true, {2, 1, 2, 1, 0, 0}},
    {"client_admission", "moved_in_on", true, {2, 1, 2, 1, 0, 0}},
    {"risk_interval", "months", true, {2, 1, 2, 1, 0, 0}},
    {"rotation_pick", "position", true, {1, 1, 1, 1, 0, 0}},
    {"next_meeting_client", "position", true, {1, 0, 1, 1, 0, 0}},
    {"minutes_addendum", "text", true, {1, 0, 1, 1, 0, 0}},
    {"access_log", nullptr, false, {2, 1, 2, 1, 0, 0}},
    {"handover", nullptr, false, {2, 1, 2, 1, 0, 0}},
    {"objection", nullptr, false, {2, 1, 2, 1, 0, 0}},
    {"note_correction", nullptr, false, {2, 1, 2, 1, 0, 0}},
};

// Rows of the tables without client data: every tied login and the
// administrator sees them all; a login tied to nobody sees none.
const std::pair<const char *, int> kSharedTables[]
    = {{"person", 5}, {"unit", 2}, {"meeting", 2}, {"team_member", 2}, {"meeting_series", 1}};

} // namespace

TEST_CASE("PostgreSQL shows and changes a client's data only within a care relation",
    "[access][postgres]")
{
    if (!postgresConfigured())
        return; // row-level security exists on PostgreSQL only
    CareRelationFixture fixture;

    for (Who who : kEveryone) {
        QSqlDatabase db = fixture.connectAs(who);
        INFO("login: " << nameOf(who));
        for (const ClientTable &cell : kClientTables) {
            INFO("table: " << cell.table);
            const QString table = QString::fromLatin1(cell.table);
            const int visible = cell.rows[who];
            CHECK(run(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).rows == visible);
            if (cell.column) {
                const QString column = QString::fromLatin1(cell.column);
                const Outcome update
                    = tryAndUndo(db, QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, column));
                CHECK(update.state.isEmpty());
                CHECK(update.rows == visible);
            }
            if (cell.leaf) {
                const Outcome removal = tryAndUndo(db, QStringLiteral("DELETE FROM %1").arg(table));
                CHECK(removal.state.isEmpty());
                CHECK(removal.rows == visible);
            }
        }
        for (const auto &[table, rows] : kSharedTables) {
            INFO("table: " << table);
            CHECK(run(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).rows
                == (who == Who::Nobody ? 0 : rows));
        }
    }
}

TEST_CASE("PostgreSQL refuses with 42501 what a login may not write", "[access][postgres]")
{
    if (!postgresConfigured())
        return; // row-level security exists on PostgreSQL only
    CareRelationFixture fixture;
    const auto consentFor = [](qint64 clientId) {
        return QStringLiteral(
            "INSERT INTO consent (uuid, client_id, scope, decision, given_by, form, decided_on, "
            "valid_until, updated_at) VALUES (gen_random_uuid()::text, %1, 'samordning', "
            "'given', 'kunden', 'muntligt', '2026-02-01', '2027-02-01', 'x')")
            .arg(clientId);
    };
    const auto itemFor = [](qint64 meetingId, const QString &clientId) {
        return QStringLiteral("INSERT INTO agenda_item (meeting_id, position, title, client_id, "
                              "updated_at) VALUES (%1, 9, 'Ny punkt', %2, 'x')")
            .arg(meetingId)
            .arg(clientId);
    };
    const QString a1 = QString::number(CareRelationFixture::kClientA1);
    const QString b1 = QString::number(CareRelationFixture::kClientB1);

    for (Who who : kEveryone) {
        QSqlDatabase db = fixture.connectAs(who);
        INFO("login: " << nameOf(who));
        const bool readsA1 = who == Who::Chair || who == Who::Contact || who == Who::NurseA;
        const bool readsB1 = who == Who::NurseB;
        const auto expect = [&](const Outcome &outcome, bool allowed) {
            if (allowed) {
                CHECK(outcome.state.isEmpty());
                CHECK(outcome.rows == 1);
            } else {
                CHECK(outcome.state == QLatin1String("42501"));
            }
        };
        expect(tryAndUndo(db, consentFor(CareRelationFixture::kClientA1)), readsA1);
        expect(tryAndUndo(db, consentFor(CareRelationFixture::kClientB1)), readsB1);
        expect(tryAndUndo(db, itemFor(CareRelationFixture::kMeetingA, a1)), readsA1);
        expect(tryAndUndo(db, itemFor(CareRelationFixture::kMeetingB, b1)), readsB1);
        // A general item goes only into a meeting of one's own unit.
        expect(tryAndUndo(db, itemFor(CareRelationFixture::kMeetingB, QStringLiteral("NULL"))),
            who == Who::NurseB);
        // Joining another unit's team would open its clients.
        expect(tryAndUndo(db,
                   QStringLiteral("INSERT INTO team_member (unit_id, forum, person_id, "
                                  "updated_at) VALUES (2, 'apt', %1, 'x')")
                       .arg(fixture.personId(Who::Chair))),
            who == Who::NurseB || who == Who::Admin);
        // The logs take no change and no removal, from anyone.
        for (const char *log :
            {"access_log", "change_log", "handover", "objection", "note_correction"}) {
            INFO("log: " << log);
            CHECK(tryAndUndo(db, QStringLiteral("UPDATE %1 SET id = id").arg(QLatin1String(log)))
                      .state
                == QLatin1String("42501"));
            CHECK(tryAndUndo(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(log))).state
                == QLatin1String("42501"));
            CHECK(tryAndUndo(db, QStringLiteral("TRUNCATE %1").arg(QLatin1String(log))).state
                == QLatin1String("42501"));
        }
        // Only an administrator ties a login to a person; a login tied to
        // nobody does not even see the person.
        const Outcome tie = tryAndUndo(db,
            QStringLiteral("UPDATE person SET login = '%1' WHERE id = %2")
                .arg(fixture.login(Who::Nobody))
                .arg(fixture.personId(Who::Contact)));
        if (who == Who::Nobody)
            CHECK((tie.state.isEmpty() && tie.rows == 0));
        else
            expect(tie, who == Who::Admin);
    }
}

TEST_CASE("PostgreSQL writes the signed-in login's person into the logs, whatever is sent",
    "[access][postgres]")
{
    if (!postgresConfigured())
        return; // row-level security exists on PostgreSQL only
    CareRelationFixture fixture;
    QSqlDatabase nurse = fixture.connectAs(Who::NurseA);
    const qint64 chair = fixture.personId(Who::Chair);
    REQUIRE(run(nurse,
        QStringLiteral("INSERT INTO access_log (accessed_at, person_id, client_id, kind) "
                       "VALUES ('forged', %1, %2, 'read')")
            .arg(chair)
            .arg(CareRelationFixture::kClientA1))
                .state.isEmpty());
    REQUIRE(run(nurse,
        QStringLiteral("INSERT INTO change_log (changed_at, person_id, table_name, row_id, "
                       "operation) VALUES ('forged', %1, 'client', 1, 'update')")
            .arg(chair))
                .state.isEmpty());
    QSqlDatabase owner = fixture.owner();
    for (const char *log : {"access_log", "change_log"}) {
        INFO("log: " << log);
        const QString column = QLatin1String(log) == QLatin1String("access_log")
            ? QStringLiteral("accessed_at")
            : QStringLiteral("changed_at");
        CHECK(run(owner,
                  QStringLiteral("SELECT person_id FROM %1 WHERE %2 = 'forged'")
                      .arg(QLatin1String(log), column))
                  .rows
            == fixture.personId(Who::NurseA));
    }
    // A login tied to nobody writes no log row at all.
    QSqlDatabase nobody = fixture.connectAs(Who::Nobody);
    CHECK(run(nobody,
              QStringLiteral("INSERT INTO change_log (changed_at, person_id, table_name, row_id, "
                             "operation) VALUES ('x', %1, 'client', 1, 'update')")
                  .arg(chair))
              .state
        == QLatin1String("42501"));
}

TEST_CASE("PostgreSQL reveals no client outside the relation through keys or lookups",
    "[access][postgres]")
{
    if (!postgresConfigured())
        return; // row-level security exists on PostgreSQL only
    CareRelationFixture fixture;
    QSqlDatabase nurseB = fixture.connectAs(Who::NurseB);
    // A personnummer of unit A is not found from unit B.
    CHECK(run(nurseB,
              QStringLiteral("SELECT count(*) FROM client WHERE personnummer = "
                             "'19400101-9878'"))
              .rows
        == 0);
    // An existing client of unit A and an id that exists nowhere are
    // refused alike, so the refusal says nothing about which exists.
    const auto sbarFor = [](const QString &clientId) {
        return QStringLiteral("INSERT INTO sbar_report (uuid, client_id, handling_time, "
                              "created_at, updated_at) VALUES ('n', %1, 'x', 'x', 'x')")
            .arg(clientId);
    };
    const Outcome existing = tryAndUndo(nurseB, sbarFor(QStringLiteral("1")));
    const Outcome missing = tryAndUndo(nurseB, sbarFor(QStringLiteral("99999")));
    CHECK(existing.state == QLatin1String("42501"));
    CHECK(missing.state == existing.state);
}

TEST_CASE("PostgreSQL opens a client to a participant of a meeting that takes the client up, "
          "until 30 days after it",
    "[access][postgres]")
{
    if (!postgresConfigured())
        return; // row-level security exists on PostgreSQL only
    CareRelationFixture fixture;
    QSqlDatabase chair = fixture.connectAs(Who::Chair);
    QSqlDatabase nurseB = fixture.connectAs(Who::NurseB);
    const QString clients = QStringLiteral("SELECT count(*) FROM client");
    REQUIRE(run(nurseB, clients).rows == 1);

    // The chair of A invites B's nurse to A's meeting (a samordningsmöte).
    REQUIRE(run(chair,
        QStringLiteral("INSERT INTO participant (meeting_id, person_id, updated_at) "
                       "VALUES (%1, %2, 'x')")
            .arg(CareRelationFixture::kMeetingA)
            .arg(fixture.personId(Who::NurseB)))
                .state.isEmpty());
    CHECK(run(nurseB, clients).rows == 3);
    CHECK(run(nurseB, QStringLiteral("SELECT count(*) FROM agenda_item WHERE meeting_id = 1")).rows
        == 3);

    // Nobody outside A's team may invite themselves.
    QSqlDatabase contact = fixture.connectAs(Who::Contact);
    CHECK(run(contact,
              QStringLiteral("INSERT INTO participant (meeting_id, person_id, updated_at) "
                             "VALUES (%1, %2, 'x')")
                  .arg(CareRelationFixture::kMeetingB)
                  .arg(fixture.personId(Who::Contact)))
              .state
        == QLatin1String("42501"));

    // Taking a client off the agenda closes that client again.
    REQUIRE(run(chair, QStringLiteral("DELETE FROM minute_entry WHERE agenda_item_id = 3"))
                .state.isEmpty());
    REQUIRE(run(chair, QStringLiteral("DELETE FROM team_action WHERE agenda_item_id = 3"))
                .state.isEmpty());
    REQUIRE(run(chair, QStringLiteral("DELETE FROM agenda_item WHERE id = 3")).state.isEmpty());
    CHECK(run(nurseB, clients).rows == 2);

    // 31 days after the meeting the relation has ended.
    REQUIRE(run(fixture.owner(),
        QStringLiteral("UPDATE meeting SET start_utc = to_char(now() AT TIME ZONE 'UTC' - "
                       "interval '31 days', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') WHERE id = 1"))
                .state.isEmpty());
    CHECK(run(nurseB, clients).rows == 1);
}

TEST_CASE("A PostgreSQL login tied to no person is told so in Swedish", "[access][postgres]")
{
    if (!postgresConfigured())
        return; // row-level security exists on PostgreSQL only
    CareRelationFixture fixture;
    ConnectionSpec spec = fixture.backend().spec;

    spec.user = fixture.login(Who::Nobody);
    Workspace nobody(spec);
    nobody.open();
    Identity identity(nobody);
    CHECK_FALSE(identity.recognise());
    CHECK_FALSE(identity.mayAdminister());
    try {
        identity.refuseUntiedLogin();
        FAIL("an untied login was let through");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Refused);
        CHECK(error.userMessage().contains(QStringLiteral("inte kopplad till någon person")));
        CHECK(error.userMessage().contains(fixture.login(Who::Nobody)));
    }

    spec.user = fixture.login(Who::NurseA);
    Workspace nurse(spec);
    nurse.open();
    Identity nurseIdentity(nurse);
    const auto person = nurseIdentity.recognise();
    REQUIRE(person);
    CHECK(person->id == fixture.personId(Who::NurseA));
    CHECK_FALSE(nurseIdentity.mayAdminister());
    CHECK_NOTHROW(nurseIdentity.refuseUntiedLogin());
}

TEST_CASE("The program says in Swedish why the database refused a change outside the care "
          "relation",
    "[access][postgres]")
{
    if (!postgresConfigured())
        return;
    CareRelationFixture fixture;
    ConnectionSpec spec = fixture.backend().spec;
    spec.user = fixture.login(Who::NurseB);
    Workspace nurseB(spec);
    nurseB.open();
    REQUIRE(Identity(nurseB).recognise());

    Client client;
    client.unitId = CareRelationFixture::kUnitA;
    client.personnummer = QStringLiteral("19400404-9872");
    client.name = QStringLiteral("Kund i fel enhet");
    try {
        nurseB.directory().createClient(client);
        FAIL("a client was registered in another unit");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Refused);
        CHECK(error.nativeCode() == QLatin1String("42501"));
        CHECK(error.userMessage().contains(QStringLiteral("ingen vårdrelation")));
    }
    client.unitId = CareRelationFixture::kUnitB;
    CHECK(nurseB.directory().createClient(client) > 0);
}
