#include "storage/PersonCodeRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

namespace tf {

PersonCodeRepository::PersonCodeRepository(Database &db)
    : m_db(db)
{ }

std::optional<StoredCode> PersonCodeRepository::code(qint64 personId)
{
    Query query(
        m_db, QStringLiteral("SELECT salt, hash, iterations FROM person_code WHERE person_id = ?"));
    query.bind(personId).exec();
    if (!query.next())
        return std::nullopt;
    StoredCode stored;
    stored.salt = QByteArray::fromHex(query.text(0).toLatin1());
    stored.hash = QByteArray::fromHex(query.text(1).toLatin1());
    stored.iterations = query.integer(2);
    return stored;
}

void PersonCodeRepository::save(qint64 personId, const StoredCode &code, qint64 actorId)
{
    Transaction transaction(m_db);
    Query clear(m_db, QStringLiteral("DELETE FROM person_code WHERE person_id = ?"));
    clear.bind(personId).exec();
    Query insert(m_db,
        QStringLiteral("INSERT INTO person_code (person_id, salt, hash, iterations, updated_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    insert.bind(personId)
        .bind(QString::fromLatin1(code.salt.toHex()))
        .bind(QString::fromLatin1(code.hash.toHex()))
        .bind(code.iterations)
        .bind(nowUtcText())
        .exec();
    recordChange(m_db, actorId, QStringLiteral("person_code"), personId, QStringLiteral("set"));
    transaction.commit();
}

} // namespace tf
