#include "storage/ContentClaim.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tf {

namespace {
const QString kKey = QStringLiteral("bulk_contents");
const QString kUnfinished = QStringLiteral("unfinished");

void setClaim(Database &db, const QString &value)
{
    Transaction transaction(db);
    Query remove(db, QStringLiteral("DELETE FROM teamforum_meta WHERE meta_key = ?"));
    remove.bind(kKey).exec();
    Query insert(
        db, QStringLiteral("INSERT INTO teamforum_meta (meta_key, meta_value) VALUES (?, ?)"));
    insert.bind(kKey).bind(value).exec();
    transaction.commit();
}

qint64 rowCount(Database &db, const QString &table)
{
    // The name comes from the file; only a plain table name of the schema
    // is put into the statement.
    Query count(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    count.exec();
    return count.next() ? count.value(0).toLongLong() : 0;
}
} // namespace

void ContentClaim::markUnfinished(Database &db)
{
    setClaim(db, kUnfinished);
}

void ContentClaim::markComplete(Database &db, const QList<QPair<QString, qint64>> &rowsPerTable)
{
    QJsonObject rows;
    for (const auto &[table, count] : rowsPerTable)
        rows.insert(table, count);
    setClaim(db, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
}

QStringList ContentClaim::problems(Database &db)
{
    Query read(db, QStringLiteral("SELECT meta_value FROM teamforum_meta WHERE meta_key = ?"));
    read.bind(kKey).exec();
    if (!read.next())
        return {};
    const QString claim = read.text(0);
    if (claim == kUnfinished)
        return {QStringLiteral("Databasen fylldes aldrig färdigt med testdata (generate "
                               "avbröts); den innehåller bara en del av det den skulle.")};
    const QJsonObject rows = QJsonDocument::fromJson(claim.toUtf8()).object();
    if (rows.isEmpty())
        return {QStringLiteral("Databasens uppgift om sitt innehåll går inte att läsa.")};
    static const QRegularExpression plainName(QStringLiteral("^[a-z_]+$"));
    const QStringList tables = db.dialect().userTables(db.connection());
    QStringList problems;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (!plainName.match(it.key()).hasMatch() || !tables.contains(it.key())) {
            problems << QStringLiteral("Databasen anger rader i tabellen \"%1\", som inte finns.")
                            .arg(it.key());
            continue;
        }
        const qint64 claimed = it.value().toInteger(-1);
        if (claimed < 0) {
            problems << QStringLiteral("Databasens uppgift om tabellen %1 går inte att läsa.")
                            .arg(it.key());
            continue;
        }
        const qint64 held = rowCount(db, it.key());
        if (held < claimed)
            problems << QStringLiteral("Tabellen %1 har %2 rader; databasen anger %3.")
                            .arg(it.key())
                            .arg(held)
                            .arg(claimed);
    }
    return problems;
}

} // namespace tf
