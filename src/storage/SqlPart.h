#pragma once

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
    SqlPart(QString sql, QVariantList values)
        : m_sql(std::move(sql))
        , m_values(std::move(values))
    { }

private:
    QString m_sql;
    QVariantList m_values;
};

} // namespace tf
