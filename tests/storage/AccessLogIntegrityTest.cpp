// The access log cannot be changed or cut down, on every engine: UPDATE and
// DELETE are refused, yet removing a client takes its entries; each entry is
// linked into its client's hash chain, which finds an entry changed or
// removed by hand.
#include <catch2/catch.hpp>

#include "domain/Client.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/AccessLogChain.h"
#include "storage/AccessLogRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
struct TwoClients
{
    test::TeamFixture team;
    qint64 otherClientId = 0;
};

TwoClients makeTwoClients(Workspace &workspace)
{
    TwoClients scene;
    scene.team = test::makeTeam(workspace);
    Client other;
    other.unitId = scene.team.unitId;
    other.name = QStringLiteral("Gustav Gran");
    other.personnummer = QStringLiteral("20010101-0007");
    scene.otherClientId = workspace.clients().create(other, scene.team.leadId);
    return scene;
}

void logReads(Workspace &workspace, qint64 person, qint64 client, int count)
{
    QList<AccessLogEntry> entries;
    const QDateTime start(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        AccessLogEntry e;
        e.accessedUtc = start.addSecs(60 * i);
        e.personId = person;
        e.clientId = client;
        e.kind = AccessKind::ClientRecord;
        e.purpose = accessPurposeKey(AccessPurpose::MyClients);
        entries << e;
    }
    workspace.accessLog().record(entries);
}

QList<qint64> idsOf(Workspace &workspace, qint64 clientId)
{
    Query query(workspace.database(),
        QStringLiteral("SELECT id FROM access_log WHERE client_id = ? ORDER BY id"));
    query.bind(clientId).exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.id(0);
    return ids;
}

bool refused(Workspace &workspace, const QString &sql, qint64 id)
{
    try {
        Query query(workspace.database(), sql);
        query.bind(id).exec();
    } catch (const StorageError &) {
        return true;
    }
    return false;
}

// What an attacker with the file or the owner's login does first.
void dropTriggers(Workspace &workspace)
{
    const bool pg = workspace.database().isPostgres();
    for (const char *trigger : {"access_log_append_only", "access_log_no_delete"})
        execSchemaStatement(workspace.database(),
            QStringLiteral("DROP TRIGGER %1%2")
                .arg(QString::fromLatin1(trigger),
                    pg ? QStringLiteral(" ON access_log") : QString()));
}
} // namespace

TEST_CASE("an access-log entry can be neither changed nor deleted", "[accesslog][integrity]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const TwoClients scene = makeTwoClients(workspace);
        logReads(workspace, scene.team.nurseId, scene.team.clientId, 3);
        const QList<qint64> ids = idsOf(workspace, scene.team.clientId);
        REQUIRE(ids.size() == 3);

        CHECK(refused(workspace, QStringLiteral("DELETE FROM access_log WHERE id = ?"), ids.at(1)));
        CHECK(refused(workspace, QStringLiteral("UPDATE access_log SET purpose = 'x' WHERE id = ?"),
            ids.at(1)));
        CHECK(refused(workspace,
            QStringLiteral("UPDATE access_log SET row_hash = NULL, prev_hash = NULL WHERE id = ?"),
            ids.at(1)));
        CHECK(refused(workspace,
            QStringLiteral("DELETE FROM access_log WHERE client_id = ? OR 1 = 1"),
            scene.team.clientId));
        if (workspace.database().isPostgres()) {
            bool truncated = true;
            try {
                execSchemaStatement(workspace.database(), QStringLiteral("TRUNCATE access_log"));
            } catch (const StorageError &) {
                truncated = false;
            }
            CHECK_FALSE(truncated);
        }
        CHECK(idsOf(workspace, scene.team.clientId) == ids);
        CHECK(workspace.accessLog().verify().ok());
    }
}

TEST_CASE("removing a client takes its access-log entries and leaves the other chains whole",
    "[accesslog][integrity]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const TwoClients scene = makeTwoClients(workspace);
        logReads(workspace, scene.team.nurseId, scene.otherClientId, 2);
        logReads(workspace, scene.team.nurseId, scene.team.clientId, 2);
        logReads(workspace, scene.team.nurseId, scene.otherClientId, 2);
        REQUIRE(idsOf(workspace, scene.otherClientId).size() == 4);

        // Gallring: the client's row goes, and its entries with it.
        Query purge(workspace.database(), QStringLiteral("DELETE FROM client WHERE id = ?"));
        purge.bind(scene.otherClientId).exec();
        CHECK(idsOf(workspace, scene.otherClientId).isEmpty());
        CHECK(idsOf(workspace, scene.team.clientId).size() == 2);
        const ChainVerdict verdict = workspace.accessLog().verify();
        CHECK(verdict.ok());
        CHECK(verdict.verified == 2);
    }
}

TEST_CASE("verifying the access log finds the first entry changed or removed by hand",
    "[accesslog][integrity]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const TwoClients scene = makeTwoClients(workspace);
        logReads(workspace, scene.team.nurseId, scene.team.clientId, 4);
        logReads(workspace, scene.team.nurseId, scene.otherClientId, 4);
        const QList<qint64> ids = idsOf(workspace, scene.team.clientId);
        const QList<qint64> others = idsOf(workspace, scene.otherClientId);
        ChainVerdict verdict = workspace.accessLog().verify();
        CHECK(verdict.ok());
        CHECK(verdict.verified == 8);

        dropTriggers(workspace);
        // Another client's entry removed: the entry after it has lost its link.
        Query remove(workspace.database(), QStringLiteral("DELETE FROM access_log WHERE id = ?"));
        remove.bind(others.at(1)).exec();
        verdict = workspace.accessLog().verify();
        CHECK_FALSE(verdict.ok());
        CHECK(verdict.brokenAt == others.at(2));
        CHECK(verdict.reason.contains(QStringLiteral("tagits bort")));

        // A read moved to another person: its own hash no longer holds, and
        // it is the first broken entry.
        Query change(workspace.database(),
            QStringLiteral("UPDATE access_log SET person_id = ? WHERE id = ?"));
        change.bindId(scene.team.leadId).bind(ids.at(2)).exec();
        verdict = workspace.accessLog().verify();
        CHECK(verdict.brokenAt == ids.at(2));
        CHECK(verdict.reason.contains(QStringLiteral("ändrats")));
        CHECK(verdict.broken == 2);
    }
}

TEST_CASE("entries written before the chain existed are chained once at the next open",
    "[accesslog][integrity]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        qint64 clientId = 0;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            const TwoClients scene = makeTwoClients(workspace);
            clientId = scene.team.clientId;
            logReads(workspace, scene.team.nurseId, clientId, 1);
            // As the step left an older database: entries without hashes.
            for (qint64 client : {clientId, scene.otherClientId, clientId}) {
                Query old(workspace.database(),
                    QStringLiteral("INSERT INTO access_log (accessed_at, person_id, client_id, "
                                   "kind, purpose) VALUES (?, ?, ?, ?, ?)"));
                old.bind(QStringLiteral("2025-01-02T08:00:00Z"))
                    .bind(scene.team.nurseId)
                    .bind(client)
                    .bind(QStringLiteral("client_record"))
                    .bind(QStringLiteral("my_clients"))
                    .exec();
            }
            Query pending(workspace.database(),
                QStringLiteral("UPDATE teamforum_meta SET meta_value = 'pending' "
                               "WHERE meta_key = 'access_log_chain'"));
            pending.exec();
            CHECK(workspace.accessLog().verify().broken == 3);
        }
        Workspace reopened(backend.spec);
        reopened.open();
        const ChainVerdict verdict = reopened.accessLog().verify();
        CHECK(verdict.ok());
        CHECK(verdict.verified == 4);
        // And appending goes on from the chained entries.
        logReads(reopened, 0, clientId, 1);
        CHECK(reopened.accessLog().verify().verified == 5);
    }
}

TEST_CASE("reads of several clients written in one statement link into each client's chain",
    "[accesslog][integrity]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const TwoClients scene = makeTwoClients(workspace);
        const qint64 greta = scene.team.clientId;
        logReads(workspace, scene.team.leadId, greta, 2); // an existing head
        // One write: Greta twice and Gustav, interleaved.
        QList<AccessLogEntry> entries;
        for (const qint64 client : {greta, scene.otherClientId, greta}) {
            AccessLogEntry e;
            e.personId = scene.team.leadId;
            e.clientId = client;
            e.kind = AccessKind::Minutes;
            e.purpose = accessPurposeKey(AccessPurpose::MeetingMode);
            entries << e;
        }
        const qsizetype gretaBefore = idsOf(workspace, greta).size();
        const qsizetype gustavBefore = idsOf(workspace, scene.otherClientId).size();
        workspace.accessLog().record(entries);
        CHECK(idsOf(workspace, greta).size() == gretaBefore + 2);
        CHECK(idsOf(workspace, scene.otherClientId).size() == gustavBefore + 1);
        const ChainVerdict verdict = workspace.accessLog().verify();
        INFO(verdict.reason.toStdString());
        CHECK(verdict.ok());
    }
}
