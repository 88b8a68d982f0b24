#include "storage/AccessLogChain.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>

namespace tf {

namespace {
const QString kMarker = QStringLiteral("access_log_chain");
const QString kColumns = QStringLiteral(
    "id, accessed_at, person_id, client_id, kind, purpose, meeting_id, prev_hash, row_hash");
constexpr int kBatch = 10000;

// Each field as its length, a colon and the text, so no value can run into
// the next one.
void addField(QByteArray &data, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    data += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
}

QString idText(qint64 id)
{
    return id ? QString::number(id) : QString();
}

ChainedEntry entryOf(const Query &query)
{
    ChainedEntry entry;
    entry.accessedAt = query.text(1);
    entry.personId = query.id(2);
    entry.clientId = query.id(3);
    entry.kind = query.text(4);
    entry.purpose = query.text(5);
    entry.meetingId = query.id(6);
    return entry;
}
} // namespace

AccessLogChain::AccessLogChain(Database &db, bool lookUpHeads)
    : m_db(db)
    , m_lookUpHeads(lookUpHeads)
{ }

QString AccessLogChain::hashOf(const QString &prevHash, const ChainedEntry &entry)
{
    QByteArray data("teamforum access_log 1;");
    addField(data, prevHash);
    addField(data, entry.accessedAt);
    addField(data, idText(entry.personId));
    addField(data, idText(entry.clientId));
    addField(data, entry.kind);
    addField(data, entry.purpose);
    addField(data, idText(entry.meetingId));
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void AccessLogChain::lookUpHeadsOf(const QList<qint64> &clientIds)
{
    ReadBatch batch(m_db);
    lookUpHeadsOf(batch, clientIds);
    batch.exec();
}

void AccessLogChain::lookUpHeadsOf(ReadBatch &batch, const QList<qint64> &clientIds)
{
    QList<qint64> unknown;
    for (qint64 clientId : clientIds)
        if (!m_heads.contains(clientId) && !unknown.contains(clientId))
            unknown << clientId;
    if (!m_lookUpHeads || unknown.isEmpty())
        return;
    constexpr qsizetype kPerStatement = 500;
    for (qsizetype from = 0; from < unknown.size(); from += kPerStatement) {
        const QList<qint64> some = unknown.mid(from, kPerStatement);
        // Each client's MAX(id) on its own, so PostgreSQL takes it from the
        // end of access_log(client_id, id) (migration 025) instead of reading
        // every entry of the clients, as MAX ... GROUP BY over an IN list does.
        QStringList rows;
        for (qsizetype i = 0; i < some.size(); ++i)
            rows << QStringLiteral("(CAST(? AS BIGINT))");
        Query &query
            = batch.add(QStringLiteral("SELECT client_id, row_hash FROM access_log WHERE id IN "
                                       "(SELECT (SELECT MAX(l.id) FROM access_log l "
                                       "WHERE l.client_id = c.column1) FROM (VALUES %1) c)")
                            .arg(rows.join(QLatin1Char(','))));
        for (qint64 clientId : some)
            query.bind(clientId);
        batch.read<bool>(query, [this, some](Query &heads) {
            for (qint64 clientId : some)
                m_heads.insert(clientId, QString()); // a client's first entry
            while (heads.next())
                m_heads.insert(heads.id(0), heads.text(1));
            return true;
        });
    }
}

ChainLink AccessLogChain::append(const ChainedEntry &entry)
{
    auto head = m_heads.find(entry.clientId);
    if (head == m_heads.end()) {
        QString stored;
        if (m_lookUpHeads) {
            Query query(m_db,
                QStringLiteral("SELECT row_hash FROM access_log WHERE id = "
                               "(SELECT MAX(id) FROM access_log WHERE client_id = ?)"));
            query.bind(entry.clientId).exec();
            if (query.next())
                stored = query.text(0);
        }
        head = m_heads.insert(entry.clientId, stored);
    }
    ChainLink link {*head, hashOf(*head, entry)};
    *head = link.rowHash;
    return link;
}

void AccessLogChain::lock(Database &db)
{
    ReadBatch batch(db);
    lock(batch, db);
    batch.exec();
}

void AccessLogChain::lock(ReadBatch &batch, Database &db)
{
    const QString statement = db.dialect().serialAppendLock();
    if (statement.isEmpty())
        return;
    batch.add(statement).bind(QStringLiteral("access_log"));
}

void AccessLogChain::chainPending(Database &db)
{
    {
        Query marker(
            db, QStringLiteral("SELECT meta_value FROM teamforum_meta WHERE meta_key = ?"));
        marker.bind(kMarker).exec();
        if (!marker.next() || marker.text(0) != QLatin1String("pending"))
            return;
    }
    Transaction transaction(db);
    lock(db);
    AccessLogChain chain(db, false);
    qint64 after = 0;
    for (;;) {
        QList<std::pair<qint64, ChainLink>> links;
        qint64 read = 0;
        {
            Query rows(db,
                QStringLiteral("SELECT %1 FROM access_log WHERE id > ? ORDER BY id LIMIT ?")
                    .arg(kColumns));
            rows.bind(after).bind(kBatch).exec();
            while (rows.next()) {
                ++read;
                after = rows.id(0);
                const ChainedEntry entry = entryOf(rows);
                if (rows.text(8).isEmpty())
                    links.append({after, chain.append(entry)});
                else
                    chain.m_heads.insert(entry.clientId, rows.text(8));
            }
        }
        for (const auto &[id, link] : std::as_const(links)) {
            Query update(db,
                QStringLiteral("UPDATE access_log SET prev_hash = ?, row_hash = ? WHERE id = ?"));
            update.bind(link.prevHash).bind(link.rowHash).bind(id).exec();
        }
        if (read < kBatch)
            break;
    }
    Query done(db, QStringLiteral("UPDATE teamforum_meta SET meta_value = ? WHERE meta_key = ?"));
    done.bind(QStringLiteral("done")).bind(kMarker).exec();
    transaction.commit();
}

ChainVerdict AccessLogChain::verify(Database &db)
{
    ChainVerdict verdict;
    const auto breakAt = [&verdict](qint64 id, const QString &reason) {
        ++verdict.broken;
        if (verdict.brokenAt == 0 || id < verdict.brokenAt) {
            verdict.brokenAt = id;
            verdict.reason = reason;
        }
    };
    Query rows(
        db, QStringLiteral("SELECT %1 FROM access_log ORDER BY client_id, id").arg(kColumns));
    rows.exec();
    qint64 client = -1;
    QString head;
    while (rows.next()) {
        const qint64 id = rows.id(0);
        const ChainedEntry entry = entryOf(rows);
        if (entry.clientId != client) {
            client = entry.clientId;
            head.clear();
        }
        const QString prevHash = rows.text(7);
        const QString rowHash = rows.text(8);
        if (rowHash.isEmpty())
            breakAt(id, QStringLiteral("Raden saknar kontrollsumma."));
        else if (prevHash != head)
            breakAt(id,
                QStringLiteral("Länken till kundens föregående rad stämmer inte: en rad före "
                               "den har tagits bort eller ändrats."));
        else if (hashOf(prevHash, entry) != rowHash)
            breakAt(id,
                QStringLiteral("Raden har ändrats: kontrollsumman stämmer inte med innehållet."));
        else
            ++verdict.verified;
        head = rowHash;
    }
    return verdict;
}

} // namespace tf
