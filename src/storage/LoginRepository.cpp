#include "storage/LoginRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

namespace tf {

LoginRepository::LoginRepository(Database &db)
    : m_db(db)
{ }

qint64 LoginRepository::currentPersonId()
{
    Query query(m_db, QStringLiteral("SELECT teamforum_me()"));
    query.exec();
    return query.next() ? query.id(0) : 0;
}

bool LoginRepository::currentLoginAdministers()
{
    return readAlone(m_db, [&](ReadBatch &batch) { return currentLoginAdministers(batch); });
}

Later<bool> LoginRepository::currentLoginAdministers(ReadBatch &batch)
{
    Query &statement
        = batch.add(QStringLiteral("SELECT teamforum_is_admin() OR teamforum_is_owner()"));
    return batch.read<bool>(
        statement, [](Query &query) { return query.next() && query.value(0).toBool(); });
}

bool LoginRepository::currentLoginOwns()
{
    Query query(m_db, QStringLiteral("SELECT teamforum_is_owner()"));
    query.exec();
    return query.next() && query.value(0).toBool();
}

void LoginRepository::grant(
    qint64 personId, const QString &login, bool administrator, qint64 actorId)
{
    Transaction transaction(m_db);
    Query query(m_db, QStringLiteral("SELECT teamforum_grant_login(?, ?, ?)"));
    query.bind(personId).bind(login).bind(administrator).exec();
    recordChange(m_db, actorId, QStringLiteral("person"), personId, QStringLiteral("update"));
    transaction.commit();
}

QString LoginRepository::revoke(qint64 personId, qint64 actorId)
{
    Transaction transaction(m_db);
    Query query(m_db, QStringLiteral("SELECT teamforum_revoke_login(?)"));
    query.bind(personId).exec();
    const QString login = query.next() ? query.text(0) : QString();
    if (!login.isEmpty())
        recordChange(m_db, actorId, QStringLiteral("person"), personId, QStringLiteral("update"));
    transaction.commit();
    return login;
}

} // namespace tf
