#include "support/TestBackends.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <stdexcept>

namespace tf::test {

bool postgresConfigured()
{
    return !qEnvironmentVariableIsEmpty("TEAMFORUM_TEST_PG");
}

TestBackend sqliteBackend()
{
    TestBackend backend;
    backend.name = QStringLiteral("SQLite");
    backend.folder = std::make_shared<QTemporaryDir>();
    backend.spec.engine = ConnectionSpec::Engine::Sqlite;
    backend.spec.path = backend.folder->filePath(QStringLiteral("teamforum.sqlite"));
    return backend;
}

namespace {
TestBackend freshPostgresBackend()
{
    TestBackend backend;
    backend.name = QStringLiteral("PostgreSQL");
    QString error;
    if (!ConnectionSpec::parse(qEnvironmentVariable("TEAMFORUM_TEST_PG"), &backend.spec, &error))
        throw std::runtime_error(error.toStdString());
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
        db.setHostName(backend.spec.host);
        db.setPort(backend.spec.port);
        db.setUserName(backend.spec.user);
        db.setPassword(backend.spec.password);
        db.setDatabaseName(backend.spec.databaseName);
        if (!db.open())
            throw std::runtime_error(
                "PostgreSQL for tests unreachable: " + db.lastError().text().toStdString());
        // A schema of its own per backend, so tests can run in parallel.
        static int counter = 0;
        const QString schema
            = QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema))
            || !query.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)))
            throw std::runtime_error(query.lastError().text().toStdString());
        db.close();
        const QString searchPath = QStringLiteral("options=-csearch_path=") + schema;
        backend.spec.options = backend.spec.options.isEmpty()
            ? searchPath
            : backend.spec.options + QLatin1Char(';') + searchPath;
        QUrl url(qEnvironmentVariable("TEAMFORUM_TEST_PG"));
        QUrlQuery urlQuery(url);
        urlQuery.addQueryItem(QStringLiteral("options"), QStringLiteral("-csearch_path=") + schema);
        url.setQuery(urlQuery);
        backend.url = url.toString(QUrl::FullyEncoded);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reset"));
    return backend;
}
} // namespace

QList<TestBackend> testBackends()
{
    QList<TestBackend> backends {sqliteBackend()};
    if (postgresConfigured())
        backends << freshPostgresBackend();
    return backends;
}

} // namespace tf::test
