#pragma once

#include "storage/Query.h"

#include <QString>
#include <QVariantList>

#include <utility>

namespace tf {

// A piece of SQL that names rows in a statement, with the values of its
// placeholders in order, bound with Query::bindAll. Its kinds, UnitKey
// and ClientSet, are what the repositories' batch reads are given.
class SqlPart
{
public:
    QString sql() const { return m_sql; }
    QVariantList values() const { return m_values; }

protected:
    // The placeholders and values that name rows by a list of ids. An
    // empty list becomes NULL, which matches no row.
    static QString idMarks(const QList<qint64> &ids)
    {
        return ids.isEmpty() ? QStringLiteral("NULL") : parameterMarks(ids.size());
    }
    static QVariantList idValues(const QList<qint64> &ids)
    {
        QVariantList values;
        for (qint64 id : ids)
            values << id;
        return values;
    }

    SqlPart(QString sql, QVariantList values)
        : m_sql(std::move(sql))
        , m_values(std::move(values))
    { }

private:
    QString m_sql;
    QVariantList m_values;
};

} // namespace tf
