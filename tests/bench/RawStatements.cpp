#include "RawStatements.h"

#include "domain/StorageError.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Query.h"

#include <QSqlDriver>
#include <QSqlError>

namespace tf::bench {

RawStatements::RawStatements(Database &db)
    : m_db(db)
{ }

QSqlQuery &RawStatements::run(const QString &sql, const QVariantList &values)
{
    const bool keeps = m_db.dialect().keepsStatements();
    auto kept = m_kept.find(sql);
    if (kept == m_kept.end()) {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (keeps && !query.prepare(sql))
            throw FloorFailure(QStringLiteral("floor statement could not be prepared: %1 (%2)")
                                   .arg(sql, query.lastError().text())
                                   .toStdString());
        kept = m_kept.insert(sql, query);
    }
    QSqlQuery &query = kept.value();
    bool ran = false;
    if (keeps) {
        for (const QVariant &value : values)
            query.addBindValue(bindable(value));
        ran = query.exec();
    } else {
        QVariantList bound;
        for (const QVariant &value : values)
            bound << bindable(value);
        ran = query.exec(withValuesInline(*m_db.connection().driver(), sql, bound));
    }
    if (!ran)
        throw FloorFailure(QStringLiteral("floor statement failed: %1 (%2)")
                               .arg(sql, query.lastError().text())
                               .toStdString());
    return query;
}

void RawStatements::readEach(const QString &sql, const QVariantList &values,
    const std::function<void(const QSqlQuery &)> &readRow)
{
    QSqlQuery &query = run(sql, values);
    while (query.next())
        readRow(query);
    if (query.lastError().isValid())
        throw FloorFailure(QStringLiteral("floor statement failed while reading: %1 (%2)")
                               .arg(sql, query.lastError().text())
                               .toStdString());
    query.finish();
}

int RawStatements::rows(const QString &sql, const QVariantList &values)
{
    int count = 0;
    readEach(sql, values, [&](const QSqlQuery &) { ++count; });
    return count;
}

QVariantList RawStatements::firstColumn(const QString &sql, const QVariantList &values)
{
    QVariantList column;
    readEach(sql, values, [&](const QSqlQuery &query) { column << query.value(0); });
    return column;
}

QList<QVariantList> RawStatements::table(
    const QString &sql, const QVariantList &values, int columns, Query::Planning planning)
{
    QList<QVariantList> rows;
    const auto readRow = [&](const auto &result) {
        QVariantList row;
        for (int column = 0; column < columns; ++column)
            row << result.value(column);
        rows << row;
    };
    if (planning == Query::Planning::EachRun) {
        readEach(sql, values, readRow);
        return rows;
    }
    try {
        Query query(m_db, sql, planning);
        query.bindAll(values).exec();
        while (query.next())
            readRow(query);
    } catch (const StorageError &error) {
        throw FloorFailure(QStringLiteral("floor statement failed: %1 (%2)")
                               .arg(sql, error.userMessage())
                               .toStdString());
    }
    return rows;
}

void expectRows(const char *what, qsizetype found, qsizetype expected)
{
    if (found != expected)
        throw FloorFailure(QStringLiteral("the floor read %1 %2 where the program read %3")
                               .arg(found)
                               .arg(QLatin1String(what))
                               .arg(expected)
                               .toStdString());
}

} // namespace tf::bench
