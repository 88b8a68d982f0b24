#include "storage/ReadBatch.h"

#include "domain/StorageError.h"
#include "storage/Database.h"

#include <QSqlError>

#include <utility>

namespace tf {

ReadBatch::ReadBatch(Database &db)
    : m_db(db)
{ }

ReadBatch::~ReadBatch() = default;

Query &ReadBatch::add(const QString &sql)
{
    return m_queries.emplace_back(m_db, sql);
}

void ReadBatch::exec()
{
    if (m_queries.empty()) {
        // Values derived from no read at all (an empty list asked for):
        // made without a round trip.
        for (const auto &reader : m_readers)
            reader();
        return;
    }
    if (m_db.dialect().keepsStatements())
        execOneByOne();
    else
        execTogether();
}

void ReadBatch::execOneByOne()
{
    for (Query &query : m_queries)
        query.exec();
    for (const auto &reader : m_readers)
        reader();
}

void ReadBatch::execTogether()
{
    const QStringList first = m_db.takeSendFirst();
    QStringList statements = first;
    for (Query &query : m_queries)
        statements << query.inlineText();
    const bool repeatable = first.isEmpty() && m_db.transactionDepth() == 0;
    const QString text = statements.join(QStringLiteral(";\n"));
    QSqlQuery together(m_db.connection());
    together.setForwardOnly(true);
    if (!together.exec(text)) {
        const StorageError error
            = m_db.failure(together.lastError(), QStringLiteral("Databasen kunde inte läsas."));
        // Reads outside a transaction may go again on a new connection.
        if (error.kind() != StorageError::Kind::ConnectionLost || !repeatable)
            throw error;
        m_db.reconnect();
        together = QSqlQuery(m_db.connection());
        together.setForwardOnly(true);
        if (!together.exec(text))
            throw m_db.failure(together.lastError(), QStringLiteral("Databasen kunde inte läsas."));
    }
    // One result per statement, in the order sent; a failed statement ends
    // the results with its error.
    bool atResult = true;
    for (qsizetype i = 0; atResult && i < first.size(); ++i)
        atResult = together.nextResult();
    for (Query &query : m_queries) {
        if (!atResult)
            break;
        query.keepRows(together);
        atResult = together.nextResult();
    }
    while (atResult)
        atResult = together.nextResult();
    if (together.lastError().isValid())
        throw m_db.failure(together.lastError(), QStringLiteral("Databasen kunde inte läsas."));
    together.finish();
    m_db.settleAfterStatement();
    for (const auto &reader : m_readers)
        reader();
}

} // namespace tf
