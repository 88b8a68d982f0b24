#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <utility>

namespace tf {

namespace {
void beginOutermost(Database &db)
{
    // The busy timeout covers most waits; a few retries cover the rest.
    for (int attempt = 0;; ++attempt) {
        try {
            db.dialect().beginWrite(db.connection());
            return;
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::Busy || attempt >= 3)
                throw db.failure(error);
            QThread::msleep(50 * (attempt + 1));
        }
    }
}

// Sends the statement with what waits to be sent first (Database::
// takeSendFirst), in one round trip; every result must succeed.
void execWithSendFirst(Database &db, const QString &sql)
{
    const QStringList statements = db.takeSendFirst() << sql;
    QSqlQuery query(db.connection());
    bool ok = query.exec(statements.join(QStringLiteral("; ")));
    for (qsizetype i = 1; ok && i < statements.size(); ++i)
        ok = query.nextResult();
    if (!ok || query.lastError().isValid())
        throw db.failure(query.lastError(), QStringLiteral("Ändringen kunde inte sparas."));
}
} // namespace

Transaction::Transaction(Database &db, Nesting nesting, Begin begin)
    : m_db(db)
{
    if (db.isReadOnly())
        throw StorageError(StorageError::Kind::ReadOnly,
            QStringLiteral("Databasen är öppnad skrivskyddad. Ändringen sparades inte."));
    int &depth = db.transactionDepth();
    if (depth == 0) {
        if (begin == Begin::WithFirstStatement && db.isPostgres())
            db.beginPending() = true;
        else
            beginOutermost(db);
        db.joinedStepFailed() = false;
    } else if (nesting == Nesting::Join) {
        m_joined = true;
    } else {
        // Savepoint names are the nesting depth: unique among the open ones.
        m_savepoint = QStringLiteral("tf_step_%1").arg(depth);
        m_stepFailedBefore = db.joinedStepFailed();
        execWithSendFirst(db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    ++depth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.transactionDepth();
    if (isOutermost()) {
        m_db.dropSendWithNext();
        if (!std::exchange(m_db.beginPending(), false)) // else nothing was sent
            m_db.dialect().rollback(m_db.connection());
        return;
    }
    if (m_joined) {
        m_db.joinedStepFailed() = true;
        return;
    }
    // Undoes this step only; the enclosing transaction decides about the
    // rest. What waits to be sent was kept inside the step.
    m_db.dropSendWithNext();
    QSqlQuery query(m_db.connection());
    query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
    query.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    m_db.joinedStepFailed() = m_stepFailedBefore; // what failed inside is undone
}

void Transaction::commit()
{
    if (isOutermost() && m_db.joinedStepFailed())
        // A step inside failed without a savepoint to undo it alone: the
        // destructor rolls the whole change back.
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Ändringen kunde inte sparas: ett steg i den misslyckades."));
    if (m_joined) {
        // Commits with the enclosing transaction.
    } else if (isOutermost()) {
        try {
            if (m_db.hasSendWithNext()) // with BEGIN, if nothing was sent yet
                execWithSendFirst(m_db, QStringLiteral("COMMIT"));
            else if (!std::exchange(m_db.beginPending(), false)) // else nothing was sent
                m_db.dialect().commit(m_db.connection());
        } catch (const StorageError &error) {
            throw m_db.failure(error);
        }
    } else
        execWithSendFirst(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    m_done = true;
    --m_db.transactionDepth();
}

void Transaction::commitAfter(Query &last)
{
    if (!isOutermost() || !m_db.isPostgres() || m_db.joinedStepFailed()) {
        last.exec();
        commit();
        return;
    }
    last.execThen(QStringLiteral("COMMIT"));
    m_done = true;
    --m_db.transactionDepth();
}

} // namespace tf
