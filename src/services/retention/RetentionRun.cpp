#include "services/retention/RetentionRun.h"

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/ExportFile.h"
#include "services/Workspace.h"
#include "services/backup/Backups.h"
#include "services/insyn/ClientExport.h"
#include "services/retention/RetentionPlan.h"
#include "services/retention/RetentionRules.h"
#include "storage/Database.h"
#include "storage/LoginRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/RetentionPurgeRepository.h"
#include "storage/SearchRepository.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

namespace tf {

namespace {
const QString kSqliteNote = QStringLiteral(
    "Borttagna rader skrivs över med nollor (secure_delete), sökindexet är omskrivet och "
    "databasens loggfil (WAL) tömd.");
const QString kPostgresNote = QStringLiteral(
    "Raderna är borttagna. Servern skriver över dem först vid VACUUM: kör VACUUM (eller "
    "VACUUM FULL) på databasen, och gallra serverns egna säkerhetskopior (pg_dump, "
    "WAL-arkiv) enligt deras rutin.");

void exportPreserved(Workspace &workspace, const RetentionPlanEntry &entry, const QString &folder,
    const QString &reference, PurgeProtocolItem *item)
{
    const ClientDossier dossier = gatherDossier(workspace, entry.clientId, AccessPurpose::Gallring);
    const QString base
        = QDir(folder).filePath(QStringLiteral("urvalsbevarande-%1").arg(dossier.client.uuid));
    writeClientArchive(
        dossier, base + QStringLiteral(".json"), base + QStringLiteral(".pdf"), reference);
    item->counts << PurgeCount {QStringLiteral("arkiv_json"), 1}
                 << PurgeCount {QStringLiteral("arkiv_pdf"), 1};
}

QString addendumText(
    int items, const QDate &day, const QString &reference, qint64 protocolId, int number)
{
    return QStringLiteral("%1 gallrad %2 enligt %3 (gallringsprotokoll %4, nr %5).")
        .arg(items == 1 ? QStringLiteral("En punkt om en kund")
                        : QStringLiteral("%1 punkter om en kund").arg(items),
            day.toString(Qt::ISODate), reference)
        .arg(protocolId)
        .arg(number);
}
} // namespace

RetentionRunResult runRetention(Workspace &workspace, const RetentionRunRequest &request)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = stockholmDate(now);
    if (!request.asOf.isValid() || request.asOf > today)
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Gallring kan inte göras för en dag efter i dag (%1).")
                .arg(today.toString(Qt::ISODate)));
    if (request.archiveFolder.isEmpty())
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Ange arkivmappen som de urvalsbevarade kunderna lämnas till."));
    if (!QDir().mkpath(request.archiveFolder))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Arkivmappen %1 kan inte skapas.").arg(request.archiveFolder));

    // Under row-level security another login sees only its own clients: a
    // purge by it would miss the rest and look complete.
    if (workspace.database().isPostgres()
        && !LoginRepository(workspace.database()).currentLoginOwns())
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Gallringen görs på PostgreSQL av databasens ägare, som ser alla "
                           "kunders uppgifter. Be den som förvaltar databasen köra "
                           "teamforum-cli retention run."));

    const RetentionRule rule = retentionRule(request.provider);
    const QList<RetentionPlanEntry> plan = retentionPlan(workspace, request.provider, request.asOf);
    Database &db = workspace.database();
    RetentionPurgeRepository purges(db);

    RetentionRunResult result;
    PurgeProtocol &protocol = result.protocol;
    protocol.purgedAtUtc = now;
    protocol.purgedBy = workspace.actorId();
    protocol.asOf = request.asOf;
    protocol.provider = careProviderKey(request.provider);
    protocol.legalReference = rule.reference;
    protocol.archiveFolder = QDir(request.archiveFolder).absolutePath();
    if (db.isPostgres()) {
        protocol.engineNote = kPostgresNote;
    } else {
        protocol.engineNote = kSqliteNote;
        protocol.backupsGoneBy = today.addDays(Backups::daysKeptSetting());
    }

    // The preserved are exported first: a failed export purges nothing.
    int number = 0;
    for (const RetentionPlanEntry &entry : plan) {
        if (entry.verdict.decision != RetentionDecision::Preserve)
            continue;
        PurgeProtocolItem item {++number, QStringLiteral("preserve"), {}};
        exportPreserved(workspace, entry, request.archiveFolder, rule.researchReference, &item);
        protocol.items << item;
    }

    Transaction transaction(db);
    QList<QPair<int, LockedMeetingItems>> addenda;
    for (const RetentionPlanEntry &entry : plan) {
        if (entry.verdict.decision != RetentionDecision::Purge)
            continue;
        PurgeProtocolItem item {++number, QStringLiteral("purge"), {}};
        for (const LockedMeetingItems &meeting : purges.lockedMeetingsAbout(entry.clientId))
            addenda << qMakePair(item.number, meeting);
        item.counts = purges.purgeClient(entry.clientId, workspace.actorId());
        protocol.items << item;
    }
    protocol.id = purges.saveProtocol(protocol);
    for (const auto &[itemNumber, meeting] : std::as_const(addenda)) {
        MinutesAddendum addendum;
        addendum.meetingId = meeting.meetingId;
        addendum.text = addendumText(meeting.items, today, rule.reference, protocol.id, itemNumber);
        workspace.minutes().addAddendum(addendum, workspace.actorId());
    }
    workspace.search().forgetRemovedRows();
    transaction.commit();

    result.logTruncated = purges.truncateWriteAheadLog();
    if (!result.logTruncated)
        spdlog::warn(
            "purge {}: the write-ahead log could not be emptied (a reader held it)", protocol.id);
    ExportFile::write(QDir(request.archiveFolder)
                          .filePath(QStringLiteral("gallringsprotokoll-%1.json").arg(protocol.id)),
        QJsonDocument(purgeProtocolJson(protocol)).toJson(QJsonDocument::Indented));
    return result;
}

QList<PurgeProtocol> purgeProtocols(Workspace &workspace)
{
    return RetentionPurgeRepository(workspace.database()).protocols();
}

QJsonObject purgeProtocolJson(const PurgeProtocol &protocol)
{
    QJsonArray items;
    int purged = 0;
    int preserved = 0;
    for (const PurgeProtocolItem &item : protocol.items) {
        QJsonObject rows;
        for (const PurgeCount &count : item.counts)
            rows.insert(count.what, count.rows);
        items.append(QJsonObject {{QStringLiteral("number"), item.number},
            {QStringLiteral("decision"), item.decision}, {QStringLiteral("rows"), rows}});
        (item.decision == QLatin1String("purge") ? purged : preserved) += 1;
    }
    return {
        {QStringLiteral("id"), protocol.id},
        {QStringLiteral("purgedAt"), protocol.purgedAtUtc.toString(Qt::ISODate)},
        {QStringLiteral("purgedBy"), protocol.purgedBy},
        {QStringLiteral("asOf"), protocol.asOf.toString(Qt::ISODate)},
        {QStringLiteral("provider"), protocol.provider},
        {QStringLiteral("legalReference"), protocol.legalReference},
        {QStringLiteral("archiveFolder"), protocol.archiveFolder},
        {QStringLiteral("backupsGoneBy"),
            protocol.backupsGoneBy.isValid()
                ? QJsonValue(protocol.backupsGoneBy.toString(Qt::ISODate))
                : QJsonValue()},
        {QStringLiteral("engineNote"), protocol.engineNote},
        {QStringLiteral("purged"), purged},
        {QStringLiteral("preserved"), preserved},
        {QStringLiteral("clients"), items},
    };
}

} // namespace tf
