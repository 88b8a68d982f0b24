#include "storage/RetentionPurgeRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

namespace {
// The client's agenda items, as a sub-select taking the client id.
const char kItems[] = "SELECT id FROM agenda_item WHERE client_id = ?";

// Each table's rows about a client, in an order the foreign keys allow:
// what hangs on an action or agenda item before the action or item. Each
// statement takes the client id as often as it has marks.
struct Removal
{
    const char *what;
    QString sql;
};

QList<Removal> removals()
{
    const QString items = QString::fromLatin1(kItems);
    const QString actions
        = QStringLiteral("SELECT id FROM team_action WHERE client_id = ? OR agenda_item_id IN (%1)")
              .arg(items);
    return {
        // Objections and earlier texts of notes hold what was said about
        // the client; counted in the protocol like the rest.
        {"objection", QStringLiteral("DELETE FROM objection WHERE client_id = ?")},
        {"note_correction", QStringLiteral("DELETE FROM note_correction WHERE client_id = ?")},
        {"client_feedback",
            QStringLiteral("DELETE FROM client_feedback WHERE action_id IN (%1)").arg(actions)},
        {"journal_entry_done",
            QStringLiteral("DELETE FROM journal_entry_done WHERE action_id IN (%1)").arg(actions)},
        {"team_action",
            QStringLiteral("DELETE FROM team_action WHERE client_id = ? OR agenda_item_id IN (%1)")
                .arg(items)},
        {"minute_entry",
            QStringLiteral("DELETE FROM minute_entry WHERE agenda_item_id IN (%1)").arg(items)},
        {"participation",
            QStringLiteral("DELETE FROM participation WHERE agenda_item_id IN (%1)").arg(items)},
        {"minutes_addendum",
            QStringLiteral("DELETE FROM minutes_addendum WHERE agenda_item_id IN (%1)").arg(items)},
        {"sbar_report", QStringLiteral("DELETE FROM sbar_report WHERE client_id = ?")},
        {"sip_need", QStringLiteral("DELETE FROM sip_need WHERE client_id = ?")},
        {"meeting_guest", QStringLiteral("DELETE FROM meeting_guest WHERE client_id = ?")},
        {"care_plan_event", QStringLiteral("DELETE FROM care_plan_event WHERE client_id = ?")},
        {"consent", QStringLiteral("DELETE FROM consent WHERE client_id = ?")},
        {"hospital_stay", QStringLiteral("DELETE FROM hospital_stay WHERE client_id = ?")},
        {"risk_care_measure", QStringLiteral("DELETE FROM risk_care_measure WHERE client_id = ?")},
        {"risk_answer",
            QStringLiteral("DELETE FROM risk_answer WHERE assessment_id IN "
                           "(SELECT id FROM risk_assessment WHERE client_id = ?)")},
        {"risk_assessment", QStringLiteral("DELETE FROM risk_assessment WHERE client_id = ?")},
        {"risk_interval", QStringLiteral("DELETE FROM risk_interval WHERE client_id = ?")},
        {"client_admission", QStringLiteral("DELETE FROM client_admission WHERE client_id = ?")},
        {"next_meeting_client",
            QStringLiteral("DELETE FROM next_meeting_client WHERE client_id = ?")},
        {"rotation_pick", QStringLiteral("DELETE FROM rotation_pick WHERE client_id = ?")},
        {"handover", QStringLiteral("DELETE FROM handover WHERE client_id = ?")},
        {"agenda_item", QStringLiteral("DELETE FROM agenda_item WHERE client_id = ?")},
    };
}

void execWithClient(Query &query, const QString &sql, qint64 clientId)
{
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        query.bind(clientId);
    query.exec();
}
} // namespace

RetentionPurgeRepository::RetentionPurgeRepository(Database &db)
    : m_db(db)
{ }

QList<LockedMeetingItems> RetentionPurgeRepository::lockedMeetingsAbout(qint64 clientId)
{
    Query query(m_db,
        QStringLiteral("SELECT i.meeting_id, COUNT(*) FROM agenda_item i "
                       "JOIN minutes_closing c ON c.meeting_id = i.meeting_id AND c.locked = 1 "
                       "WHERE i.client_id = ? GROUP BY i.meeting_id ORDER BY i.meeting_id"));
    query.bind(clientId).exec();
    QList<LockedMeetingItems> meetings;
    while (query.next())
        meetings << LockedMeetingItems {query.id(0), query.integer(1)};
    return meetings;
}

QList<PurgeCount> RetentionPurgeRepository::purgeClient(qint64 clientId, qint64 actorId)
{
    Query mark(m_db, QStringLiteral("INSERT INTO retention_purging (client_id) VALUES (?)"));
    mark.bind(clientId).exec();

    QList<qint64> itemIds;
    Query items(m_db, QString::fromLatin1(kItems));
    items.bind(clientId).exec();
    while (items.next())
        itemIds << items.id(0);

    QList<PurgeCount> counts;
    Query reads(m_db, QStringLiteral("SELECT COUNT(*) FROM access_log WHERE client_id = ?"));
    reads.bind(clientId).exec();
    const int accessRows = reads.next() ? reads.integer(0) : 0;
    for (const Removal &removal : removals()) {
        Query query(m_db, removal.sql);
        execWithClient(query, removal.sql, clientId);
        if (query.rowsAffected() > 0)
            counts << PurgeCount {QString::fromLatin1(removal.what), query.rowsAffected()};
    }
    // The access log goes with the client (ON DELETE CASCADE): the client's
    // whole hash chain, so every other chain stays whole.
    Query client(m_db, QStringLiteral("DELETE FROM client WHERE id = ?"));
    client.bind(clientId).exec();
    counts << PurgeCount {QStringLiteral("client"), client.rowsAffected()};
    if (accessRows > 0)
        counts << PurgeCount {QStringLiteral("access_log"), accessRows};

    for (qint64 itemId : itemIds)
        recordChange(
            m_db, actorId, QStringLiteral("agenda_item"), itemId, QStringLiteral("delete"));
    recordChange(m_db, actorId, QStringLiteral("client"), clientId, QStringLiteral("delete"));

    Query unmark(m_db, QStringLiteral("DELETE FROM retention_purging WHERE client_id = ?"));
    unmark.bind(clientId).exec();
    return counts;
}

qint64 RetentionPurgeRepository::saveProtocol(const PurgeProtocol &protocol)
{
    Query head(m_db,
        QStringLiteral("INSERT INTO retention_purge (purged_at, purged_by, as_of, provider, "
                       "legal_reference, archive_folder, backups_gone_by, engine_note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    head.bindTime(protocol.purgedAtUtc)
        .bindId(protocol.purgedBy)
        .bindDate(protocol.asOf)
        .bind(protocol.provider)
        .bind(protocol.legalReference)
        .bind(protocol.archiveFolder)
        .bindDate(protocol.backupsGoneBy)
        .bind(protocol.engineNote);
    const qint64 id = head.execReturningId();
    for (const PurgeProtocolItem &item : protocol.items) {
        for (const PurgeCount &count : item.counts) {
            Query row(m_db,
                QStringLiteral("INSERT INTO retention_purge_item "
                               "(purge_id, number, decision, what, row_count) "
                               "VALUES (?, ?, ?, ?, ?)"));
            row.bind(id).bind(item.number).bind(item.decision).bind(count.what).bind(count.rows);
            row.exec();
        }
    }
    return id;
}

QList<PurgeProtocol> RetentionPurgeRepository::protocols()
{
    QList<PurgeProtocol> protocols;
    Query heads(m_db,
        QStringLiteral("SELECT id, purged_at, purged_by, as_of, provider, legal_reference, "
                       "archive_folder, backups_gone_by, engine_note "
                       "FROM retention_purge ORDER BY id"));
    heads.exec();
    while (heads.next()) {
        PurgeProtocol protocol;
        protocol.id = heads.id(0);
        protocol.purgedAtUtc = heads.time(1);
        protocol.purgedBy = heads.id(2);
        protocol.asOf = heads.date(3);
        protocol.provider = heads.text(4);
        protocol.legalReference = heads.text(5);
        protocol.archiveFolder = heads.text(6);
        protocol.backupsGoneBy = heads.date(7);
        protocol.engineNote = heads.text(8);
        protocols << protocol;
    }
    for (PurgeProtocol &protocol : protocols) {
        Query rows(m_db,
            QStringLiteral("SELECT number, decision, what, row_count FROM retention_purge_item "
                           "WHERE purge_id = ? ORDER BY number, what"));
        rows.bind(protocol.id).exec();
        while (rows.next()) {
            const int number = rows.integer(0);
            if (protocol.items.isEmpty() || protocol.items.last().number != number)
                protocol.items << PurgeProtocolItem {number, rows.text(1), {}};
            protocol.items.last().counts << PurgeCount {rows.text(2), rows.integer(3)};
        }
    }
    return protocols;
}

bool RetentionPurgeRepository::truncateWriteAheadLog()
{
    if (m_db.isPostgres())
        return true;
    Query checkpoint(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    checkpoint.exec();
    return checkpoint.next() && checkpoint.integer(0) == 0;
}

} // namespace tf
