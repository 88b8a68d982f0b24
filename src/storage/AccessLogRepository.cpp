#include "storage/AccessLogRepository.h"

#include "storage/AccessLogChain.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace tf {

namespace {
// A care relationship: a role for the client, a member of the unit's team,
// or a participant in a meeting of the client's unit. The last part is
// searched among the reader's meetings for each entry; the other form takes
// the unit's participants as one set, read once a statement.
QString careRelation(const QString &participantOfUnit)
{
    return QStringLiteral(
        "(a.person_id IN (c.contact_person_id, c.nurse_id, c.occupational_therapist_id, "
        "c.physiotherapist_id) "
        "OR EXISTS (SELECT 1 FROM team_member t WHERE t.unit_id = c.unit_id "
        "AND t.person_id = a.person_id) "
        "OR %1)")
        .arg(participantOfUnit);
}

const QString kCareRelation
    = careRelation(QStringLiteral("EXISTS (SELECT 1 FROM participant p JOIN meeting m "
                                  "ON m.id = p.meeting_id WHERE p.person_id = a.person_id "
                                  "AND m.unit_id = c.unit_id)"));
const QString kCareRelationInUnit
    = careRelation(QStringLiteral("a.person_id IN (SELECT p.person_id FROM participant p "
                                  "JOIN meeting m ON m.id = p.meeting_id WHERE m.unit_id = ?)"));

// Entries of one unit (a loggkontroll's) use the unit's set of participants:
// the cost follows the unit's meetings, not how many meetings each reader
// has had across the organisation. That form has one `?`, bound to the
// unit's id by bindCareRelation.
const QString &careRelationFor(const AccessLogFilter &filter)
{
    return filter.unitId ? kCareRelationInUnit : kCareRelation;
}

void bindCareRelation(Query &query, const AccessLogFilter &filter)
{
    if (filter.unitId)
        query.bind(filter.unitId);
}

QString selectWithCareRelation(const AccessLogFilter &filter)
{
    return QStringLiteral(
        "SELECT a.id, a.accessed_at, a.person_id, a.client_id, a.kind, a.purpose, a.meeting_id, "
        "CASE WHEN %1 THEN 1 ELSE 0 END "
        "FROM access_log a JOIN client c ON c.id = a.client_id ")
        .arg(careRelationFor(filter));
}

// The WHERE clause of a filter; its values are bound by bindFilter.
QString whereClause(const AccessLogFilter &filter)
{
    QStringList conditions {QStringLiteral("1 = 1")};
    if (filter.clientId)
        conditions << QStringLiteral("a.client_id = ?");
    if (filter.personId)
        conditions << QStringLiteral("a.person_id = ?");
    if (filter.unitId)
        conditions << QStringLiteral("c.unit_id = ?");
    if (filter.throughId)
        conditions << QStringLiteral("a.id <= ?");
    if (filter.fromUtc.isValid())
        conditions << QStringLiteral("a.accessed_at >= ?");
    if (filter.toUtc.isValid())
        conditions << QStringLiteral("a.accessed_at < ?");
    if (filter.withoutCareRelationOnly)
        // Through CASE: the IN list holds NULLs, so a plain NOT would be NULL.
        conditions
            << QStringLiteral("(CASE WHEN %1 THEN 1 ELSE 0 END) = 0").arg(careRelationFor(filter));
    if (filter.withCareRelationOnly)
        conditions
            << QStringLiteral("(CASE WHEN %1 THEN 1 ELSE 0 END) = 1").arg(careRelationFor(filter));
    return QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindFilter(Query &query, const AccessLogFilter &filter)
{
    if (filter.clientId)
        query.bind(filter.clientId);
    if (filter.personId)
        query.bind(filter.personId);
    if (filter.unitId)
        query.bind(filter.unitId);
    if (filter.throughId)
        query.bind(filter.throughId);
    if (filter.fromUtc.isValid())
        query.bindTime(filter.fromUtc);
    if (filter.toUtc.isValid())
        query.bindTime(filter.toUtc);
    if (filter.withoutCareRelationOnly)
        bindCareRelation(query, filter);
    if (filter.withCareRelationOnly)
        bindCareRelation(query, filter);
}

QList<AccessLogEntry> readEntries(Query &query)
{
    QList<AccessLogEntry> list;
    while (query.next()) {
        AccessLogEntry e;
        e.id = query.id(0);
        e.accessedUtc = query.time(1);
        e.personId = query.id(2);
        e.clientId = query.id(3);
        accessKindFromKey(query.text(4), &e.kind);
        e.purpose = query.text(5);
        e.meetingId = query.id(6);
        e.careRelation = query.boolean(7);
        list << e;
    }
    return list;
}
} // namespace

AccessLogRepository::AccessLogRepository(Database &db)
    : m_db(db)
{ }

void AccessLogRepository::record(const QList<AccessLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Two round trips on PostgreSQL: BEGIN, the chain's lock and the heads
    // of the clients' chains; then the entries and COMMIT.
    Transaction transaction(
        m_db, Transaction::Nesting::Savepoint, Transaction::Begin::WithFirstStatement);
    AccessLogChain chain(m_db);
    {
        ReadBatch heads(m_db);
        AccessLogChain::lock(heads, m_db);
        QList<qint64> clientIds;
        for (const AccessLogEntry &entry : entries)
            clientIds << entry.clientId;
        chain.lookUpHeadsOf(heads, clientIds);
        heads.exec();
    }
    // Many rows to a statement: one round trip for a meeting's clients.
    constexpr qsizetype kRowsPerStatement = 500;
    for (qsizetype from = 0; from < entries.size(); from += kRowsPerStatement) {
        const QList<AccessLogEntry> some = entries.mid(from, kRowsPerStatement);
        QStringList rows;
        for (qsizetype i = 0; i < some.size(); ++i)
            rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
        Query insert(m_db,
            QStringLiteral("INSERT INTO access_log (accessed_at, person_id, client_id, kind, "
                           "purpose, meeting_id, prev_hash, row_hash) VALUES ")
                + rows.join(QStringLiteral(", ")));
        for (const AccessLogEntry &entry : some) {
            ChainedEntry stored;
            stored.accessedAt = utcText(entry.accessedUtc.isValid() ? entry.accessedUtc : now);
            stored.personId = entry.personId;
            stored.clientId = entry.clientId;
            stored.kind = accessKindKey(entry.kind);
            stored.purpose = entry.purpose;
            stored.meetingId = entry.meetingId;
            const ChainLink link = chain.append(stored);
            insert.bind(stored.accessedAt)
                .bindId(stored.personId)
                .bind(stored.clientId)
                .bind(stored.kind)
                .bind(stored.purpose)
                .bindId(stored.meetingId)
                .bind(link.prevHash)
                .bind(link.rowHash);
        }
        if (from + kRowsPerStatement < entries.size())
            insert.exec();
        else
            transaction.commitAfter(insert);
    }
}

qint64 AccessLogRepository::lastId()
{
    Query query(m_db, QStringLiteral("SELECT MAX(id) FROM access_log"));
    query.exec();
    return query.next() ? query.id(0) : 0;
}

ChainVerdict AccessLogRepository::verify()
{
    return AccessLogChain::verify(m_db);
}

QSet<qint64> AccessLogRepository::unitsRead(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return unitsRead(batch, fromUtc, toUtc); });
}

Later<QSet<qint64>> AccessLogRepository::unitsRead(
    ReadBatch &batch, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT u.id FROM unit u WHERE EXISTS (SELECT 1 FROM client c "
                       "WHERE c.unit_id = u.id AND EXISTS (SELECT 1 FROM access_log a "
                       "WHERE a.client_id = c.id AND a.accessed_at >= ? AND a.accessed_at < ?))"));
    statement.bindTime(fromUtc).bindTime(toUtc);
    return batch.read<QSet<qint64>>(statement, [](Query &query) {
        QSet<qint64> units;
        while (query.next())
            units.insert(query.id(0));
        return units;
    });
}

const QString &AccessLogRepository::careRelationCondition()
{
    return kCareRelation;
}

const QString &AccessLogRepository::careRelationInUnitCondition()
{
    return kCareRelationInUnit;
}

QList<AccessLogEntry> AccessLogRepository::find(const AccessLogFilter &filter)
{
    Query query(m_db,
        selectWithCareRelation(filter) + whereClause(filter)
            + QStringLiteral(" ORDER BY a.accessed_at DESC, a.id DESC LIMIT ?"));
    bindCareRelation(query, filter);
    bindFilter(query, filter);
    query.bind(qMax(0, filter.limit)).exec();
    return readEntries(query);
}

qint64 AccessLogRepository::count(const AccessLogFilter &filter)
{
    Query query(m_db,
        QStringLiteral("SELECT COUNT(*) FROM access_log a JOIN client c ON c.id = a.client_id ")
            + whereClause(filter));
    bindFilter(query, filter);
    query.exec();
    return query.next() ? query.id(0) : 0;
}

QList<AccessLogEntry> AccessLogRepository::sample(const AccessLogFilter &filter, int size)
{
    // random() exists on both engines; the database draws the sample.
    Query query(m_db,
        selectWithCareRelation(filter) + whereClause(filter)
            + QStringLiteral(" ORDER BY random() LIMIT ?"));
    bindCareRelation(query, filter);
    bindFilter(query, filter);
    query.bind(qMax(0, size)).exec();
    QList<AccessLogEntry> list = readEntries(query);
    std::sort(list.begin(), list.end(), [](const AccessLogEntry &a, const AccessLogEntry &b) {
        return a.accessedUtc != b.accessedUtc ? a.accessedUtc < b.accessedUtc : a.id < b.id;
    });
    return list;
}

} // namespace tf
