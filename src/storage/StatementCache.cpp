#include "storage/StatementCache.h"

#include <QSqlError>

namespace tf {

std::optional<QSqlQuery> StatementCache::take(const QString &sql)
{
    const auto it = m_idle.find(sql);
    if (it == m_idle.end())
        return std::nullopt;
    std::optional<QSqlQuery> statement(std::move(it.value()));
    m_idle.erase(it);
    return statement;
}

void StatementCache::give(const QString &sql, QSqlQuery statement)
{
    if (statement.lastError().type() != QSqlError::NoError)
        return; // a failed statement is not kept; the next use prepares afresh
    statement.finish();
    if (m_idle.size() >= kCapacity)
        m_idle.clear();
    m_idle.insert(sql, std::move(statement));
}

} // namespace tf
