// The purge (gallring): what is due goes in one transaction, leaving no
// trace in the database file or its log; approved minutes keep their other
// items and say what was purged; the preserved go to the archive; the
// protocol names nobody. On both engines.
#include <catch2/catch.hpp>

#include "domain/Client.h"
#include "domain/Minutes.h"
#include "domain/StorageError.h"
#include "services/AccessLogReview.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/retention/RetentionRun.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/Query.h"
#include "storage/SearchRepository.h"
#include "storage/UnitRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace tf;

namespace {
const QString kOld = QStringLiteral("2015-03-03T12:00:00Z");
const QString kPurgedPhrase = QStringLiteral("blåmönstrade kanapén i salongen");
const QString kKeptPhrase = QStringLiteral("rosa pelargoner på balkongen");

struct PurgeScene
{
    test::MinutesFixture f; // Greta Gransson, 19121212-1212: due
    qint64 keptId = 0; // Olle Olsson: written today, kept
    qint64 preservedId = 0; // born on the 15th (samordningsnummer 75): preserved
    qint64 keptItemId = 0;
};

qint64 count(Workspace &workspace, const QString &sql, const QVariant &value = {})
{
    Query query(workspace.database(), sql);
    if (value.isValid())
        query.bind(value);
    query.exec();
    return query.next() ? query.id(0) : -1;
}

void backdate(Workspace &workspace, const QString &sql, qint64 id)
{
    Query query(workspace.database(), sql);
    query.bind(kOld).bind(id).exec();
}

// An approved 2015 meeting with an item about Greta (notes, an action, the
// clients for next time) and one about Olle, written today; Greta's data is
// all from 2015. A third client, untouched since 2015, is preserved.
PurgeScene makeScene(Workspace &workspace)
{
    PurgeScene s;
    s.f = test::makeMinutesFixture(workspace, QDateTime(QDate(2015, 3, 3), QTime(12, 0), Qt::UTC));
    Client kept;
    kept.unitId = s.f.unitId;
    kept.name = QStringLiteral("Olle Olsson");
    kept.personnummer = QStringLiteral("19300316-1233");
    s.keptId = workspace.clients().create(kept, s.f.chairId);
    Client preserved;
    preserved.unitId = s.f.unitId;
    preserved.name = QStringLiteral("Berit Bevarad");
    preserved.personnummer = QStringLiteral("19701075-2397");
    s.preservedId = workspace.clients().create(preserved, s.f.chairId);

    MinuteEntry note;
    note.agendaItemId = s.f.itemIds.at(1);
    note.text = QStringLiteral("Greta Gransson vill sitta i den %1.").arg(kPurgedPhrase);
    workspace.minutes().saveEntry(note, s.f.chairId);
    AgendaItem olle;
    olle.meetingId = s.f.meetingId;
    olle.title = QStringLiteral("Uppföljning av kund");
    olle.clientId = s.keptId;
    s.keptItemId = workspace.meetings().addAgendaItem(olle, s.f.chairId);
    MinuteEntry keptNote;
    keptNote.agendaItemId = s.keptItemId;
    keptNote.text = QStringLiteral("Olle vill ha %1.").arg(kKeptPhrase);
    workspace.minutes().saveEntry(keptNote, s.f.chairId);
    Action action;
    action.meetingId = s.f.meetingId;
    action.agendaItemId = s.f.itemIds.at(1);
    action.clientId = s.f.clientId;
    action.what = QStringLiteral("Flytta kanapén åt Greta");
    action.responsibleId = s.f.nurseId;
    workspace.actions().create(action, s.f.chairId);
    workspace.minutes().setNextMeetingClients(s.f.meetingId, {s.f.clientId}, s.f.chairId);

    const qint64 greta = s.f.clientId;
    backdate(workspace, QStringLiteral("UPDATE client SET updated_at = ? WHERE id = ?"), greta);
    backdate(
        workspace, QStringLiteral("UPDATE client SET updated_at = ? WHERE id = ?"), s.preservedId);
    backdate(workspace, QStringLiteral("UPDATE agenda_item SET updated_at = ? WHERE client_id = ?"),
        greta);
    backdate(workspace,
        QStringLiteral("UPDATE minute_entry SET updated_at = ? WHERE agenda_item_id IN "
                       "(SELECT id FROM agenda_item WHERE client_id = ?)"),
        greta);
    backdate(workspace, QStringLiteral("UPDATE team_action SET updated_at = ? WHERE client_id = ?"),
        greta);
    backdate(workspace,
        QStringLiteral("UPDATE next_meeting_client SET updated_at = ? WHERE client_id = ?"), greta);
    workspace.minutes().finish(s.f.meetingId, s.f.chairId);
    test::approveAsChair(workspace, s.f, s.f.meetingId);
    workspace.search().synchronize(); // the phrase is in the search index too
    return s;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TEST_CASE("a purge removes the due client whole and keeps the rest", "[purge]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Workspace workspace(backend.spec);
            workspace.open();
            const PurgeScene s = makeScene(workspace);
            workspace.setActorId(s.f.chairId);
            QTemporaryDir archive;
            RetentionRunRequest request;
            request.asOf = stockholmDate(QDateTime::currentDateTimeUtc());
            request.archiveFolder = archive.path();
            const RetentionRunResult result = runRetention(workspace, request);
            const PurgeProtocol &protocol = result.protocol;

            // Greta is gone, with every row about her.
            CHECK_FALSE(workspace.clients().byId(s.f.clientId));
            CHECK(count(workspace, QStringLiteral("SELECT COUNT(*) FROM agenda_item WHERE id = ?"),
                      s.f.itemIds.at(1))
                == 0);
            CHECK(count(workspace,
                      QStringLiteral("SELECT COUNT(*) FROM minute_entry WHERE text LIKE ?"),
                      QStringLiteral("%kanapén%"))
                == 0);
            CHECK(count(workspace,
                      QStringLiteral("SELECT COUNT(*) FROM team_action WHERE what LIKE ?"),
                      QStringLiteral("%kanapén%"))
                == 0);
            CHECK(count(workspace, QStringLiteral("SELECT COUNT(*) FROM retention_purging")) == 0);
            CHECK(workspace.search().search(QStringLiteral("kanapén")).isEmpty());

            // The approved minutes keep their other items and say what went.
            QList<qint64> left;
            for (const AgendaItem &item : workspace.meetings().agendaItems(s.f.meetingId))
                left << item.id;
            CHECK(left == QList<qint64> {s.f.itemIds.at(0), s.f.itemIds.at(2), s.keptItemId});
            const QList<MinutesAddendum> addenda = workspace.minutes().addenda(s.f.meetingId);
            REQUIRE(addenda.size() == 1);
            CHECK(addenda.first().text.contains(
                QStringLiteral("gallrad %1").arg(request.asOf.toString(Qt::ISODate))));
            CHECK(addenda.first().text.contains(protocol.legalReference));
            CHECK(workspace.search().search(QStringLiteral("pelargoner")).size() == 1);

            // Olle is kept; Berit is preserved, exported and not purged.
            CHECK(workspace.clients().byId(s.keptId));
            CHECK(workspace.clients().byId(s.preservedId));
            const QStringList files = QDir(archive.path()).entryList(QDir::Files, QDir::Name);
            CHECK(files.filter(QStringLiteral("urvalsbevarande-")).size() == 2);
            CHECK(files.contains(QStringLiteral("gallringsprotokoll-%1.json").arg(protocol.id)));

            // The protocol counts per neutral number and names nobody.
            REQUIRE(protocol.items.size() == 2);
            CHECK(protocol.items.at(0).decision == QStringLiteral("preserve"));
            CHECK(protocol.items.at(1).decision == QStringLiteral("purge"));
            const QList<PurgeProtocol> stored = purgeProtocols(workspace);
            REQUIRE(stored.size() == 1);
            const QByteArray json
                = QJsonDocument(purgeProtocolJson(stored.first())).toJson(QJsonDocument::Compact);
            INFO(json.toStdString());
            CHECK(json.contains("\"minute_entry\":1"));
            CHECK(json.contains("\"team_action\":1"));
            CHECK(json.contains("\"agenda_item\":1"));
            CHECK(json.contains("\"client\":1"));
            CHECK(json.contains("\"purged\":1"));
            CHECK(json.contains("\"preserved\":1"));
            for (const char *secret : {"Greta", "Gransson", "Berit", "Bevarad", "1212-1212",
                     "121212", "701075", "1075-2397"})
                CHECK_FALSE(json.contains(secret));
            CHECK(json.contains(
                backend.name == QLatin1String("PostgreSQL") ? "VACUUM" : "secure_delete"));

            // The access log still verifies: the purged client's chain went whole.
            const ChainVerdict chain = verifyAccessLog(workspace);
            CHECK(chain.ok());
            CHECK(chain.verified > 0);

            // The door is for the purge only: the locked minutes still refuse
            // an ordinary change.
            for (const QString &sql : {QStringLiteral("DELETE FROM agenda_item WHERE id = ?"),
                     QStringLiteral("UPDATE agenda_item SET title = 'x' WHERE id = ?"),
                     QStringLiteral("DELETE FROM minute_entry WHERE agenda_item_id = ?"),
                     QStringLiteral("UPDATE minute_entry SET text = 'x' WHERE agenda_item_id = ?"),
                     QStringLiteral("DELETE FROM minutes_addendum WHERE meeting_id = ?")}) {
                INFO(sql.toStdString());
                Query change(workspace.database(), sql);
                change.bind(
                    sql.contains(QLatin1String("meeting_id")) ? s.f.meetingId : s.keptItemId);
                CHECK_THROWS_AS(change.exec(), StorageError);
            }
        }
    }
}

TEST_CASE("after a purge neither the database file nor its log holds the person", "[purge]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const PurgeScene s = makeScene(workspace);
    const QString wal = backend.spec.path + QStringLiteral("-wal");
    // Before: the person is in the file or its log, so the search below can fail.
    const QByteArray before = fileBytes(backend.spec.path) + fileBytes(wal);
    REQUIRE(before.contains(kPurgedPhrase.toUtf8()));
    REQUIRE(before.contains("19121212-1212"));

    QTemporaryDir archive;
    RetentionRunRequest request;
    request.asOf = stockholmDate(QDateTime::currentDateTimeUtc());
    request.archiveFolder = archive.path();
    const RetentionRunResult result = runRetention(workspace, request);
    CHECK(result.logTruncated);
    CHECK(QFileInfo(wal).size() == 0);

    const QByteArray after = fileBytes(backend.spec.path) + fileBytes(wal);
    for (const QString &trace : {kPurgedPhrase, QStringLiteral("kanapén"),
             QStringLiteral("19121212-1212"), QStringLiteral("191212121212"),
             QStringLiteral("121212-1212"), QStringLiteral("Greta"), QStringLiteral("Gransson")}) {
        INFO(trace.toStdString());
        CHECK_FALSE(after.contains(trace.toUtf8()));
    }
    CHECK(after.contains(kKeptPhrase.toUtf8()));
    CHECK(after.contains("Olle Olsson"));
}

TEST_CASE("a purge of a person takes the records merged into theirs with it", "[purge][shared]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Workspace workspace(backend.spec);
            workspace.open();
            const PurgeScene s = makeScene(workspace);
            workspace.setActorId(s.f.chairId);
            // Greta registered a second time in home care before a
            // personnummer was one client (migration 029 merged it into her
            // first record), with a stay in hospital and a read of it, all
            // from 2015 like the rest of her data.
            Unit homeCare;
            homeCare.serviceType = ServiceType::OrdinartBoende;
            homeCare.name = QStringLiteral("Hemtjänst Väster");
            const qint64 homeCareId = workspace.units().create(homeCare, s.f.chairId);
            const Client greta = *workspace.clients().byId(s.f.clientId);
            Query merged(workspace.database(),
                QStringLiteral(
                    "INSERT INTO client (uuid, unit_id, personnummer, name, merged_into, "
                    "updated_at) VALUES ('earlier', ?, ?, ?, ?, ?) RETURNING id"));
            merged.bind(homeCareId)
                .bind(greta.personnummer)
                .bind(greta.name)
                .bind(greta.id)
                .bind(kOld);
            const qint64 mergedId = merged.execReturningId();
            Query stay(workspace.database(),
                QStringLiteral("INSERT INTO hospital_stay (client_id, discharged_on, note, "
                               "recorded_at) VALUES (?, '2015-02-20', 'Danderyd', ?)"));
            stay.bind(mergedId).bind(kOld).exec();
            workspace.accessLogger().clientRead(
                mergedId, AccessKind::ClientRecord, AccessPurpose::CommandLine);

            QTemporaryDir archive;
            RetentionRunRequest request;
            request.asOf = stockholmDate(QDateTime::currentDateTimeUtc());
            request.archiveFolder = archive.path();
            const RetentionRunResult result = runRetention(workspace, request);

            // Both records of the person are gone, with their rows and their
            // reads; everyone else's stay, and the access log still verifies.
            CHECK_FALSE(workspace.clients().byId(s.f.clientId));
            CHECK(count(workspace, QStringLiteral("SELECT COUNT(*) FROM client WHERE id = ?"),
                      mergedId)
                == 0);
            CHECK(count(workspace,
                      QStringLiteral("SELECT COUNT(*) FROM hospital_stay WHERE client_id = ?"),
                      mergedId)
                == 0);
            CHECK(
                count(workspace,
                    QStringLiteral("SELECT COUNT(*) FROM access_log WHERE client_id = ?"), mergedId)
                == 0);
            CHECK(workspace.clients().byId(s.keptId));
            CHECK(workspace.clients().byId(s.preservedId));
            int purged = 0;
            for (const PurgeProtocolItem &item : result.protocol.items)
                purged += item.decision == QLatin1String("purge") ? 1 : 0;
            CHECK(purged == 2);
            const QByteArray json
                = QJsonDocument(purgeProtocolJson(result.protocol)).toJson(QJsonDocument::Compact);
            CHECK(json.contains("\"hospital_stay\":1"));
            CHECK(verifyAccessLog(workspace).ok());
        }
    }
}
