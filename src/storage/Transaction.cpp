#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QThread>

namespace tf {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.isReadOnly())
        throw StorageError(StorageError::Kind::ReadOnly,
            QStringLiteral("Databasen är öppnad skrivskyddad. Ändringen sparades inte."));
    // The busy timeout covers most waits; a few retries cover the rest.
    for (int attempt = 0;; ++attempt) {
        try {
            db.dialect().beginWrite(db.connection());
            return;
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::Busy || attempt >= 3)
                throw;
            QThread::msleep(50 * (attempt + 1));
        }
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.dialect().rollback(m_db.connection());
}

void Transaction::commit()
{
    m_db.dialect().commit(m_db.connection());
    m_done = true;
}

} // namespace tf
