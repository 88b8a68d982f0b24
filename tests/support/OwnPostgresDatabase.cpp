#include "support/OwnPostgresDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace tf::test {

OwnPostgresDatabase::OwnPostgresDatabase()
{
    QString error;
    if (!ConnectionSpec::parse(qEnvironmentVariable("TEAMFORUM_TEST_PG"), &m_spec, &error))
        throw std::runtime_error(error.toStdString());
    static int counter = 0;
    m_connectionName = QStringLiteral("own-db-admin-%1").arg(++counter);
    m_admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_admin.setHostName(m_spec.host);
    m_admin.setPort(m_spec.port);
    m_admin.setUserName(m_spec.user);
    m_admin.setPassword(m_spec.password);
    m_admin.setDatabaseName(m_spec.databaseName);
    if (!m_admin.open())
        throw std::runtime_error(m_admin.lastError().text().toStdString());
    m_spec.databaseName
        = QStringLiteral("own_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter);
    exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_spec.databaseName));
    exec(QStringLiteral("CREATE DATABASE %1").arg(m_spec.databaseName));
}

OwnPostgresDatabase::~OwnPostgresDatabase()
{
    QSqlQuery query(m_admin);
    query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_spec.databaseName));
    query.finish();
    m_admin.close();
    m_admin = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int OwnPostgresDatabase::terminateConnections()
{
    QSqlQuery query(m_admin);
    query.prepare(
        QStringLiteral("SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                       "WHERE datname = ? AND pid <> pg_backend_pid()"));
    query.addBindValue(m_spec.databaseName);
    if (!query.exec() || !query.next())
        throw std::runtime_error(query.lastError().text().toStdString());
    return query.value(0).toInt();
}

void OwnPostgresDatabase::allowConnections(bool allow)
{
    exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
             .arg(m_spec.databaseName, allow ? QStringLiteral("true") : QStringLiteral("false")));
}

void OwnPostgresDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_admin);
    if (!query.exec(sql))
        throw std::runtime_error(query.lastError().text().toStdString());
}

} // namespace tf::test
