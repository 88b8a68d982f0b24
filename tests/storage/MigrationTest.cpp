#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Query.h"
#include "storage/TemplateRepository.h"
#include "support/TestBackends.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tf;
using tf::test::testBackends;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

StorageError::Kind openFailure(const ConnectionSpec &spec, QString *message)
{
    Workspace workspace(spec);
    try {
        workspace.open();
    } catch (const StorageError &error) {
        *message = error.userMessage();
        return error.kind();
    }
    FAIL("the database was accepted");
    return StorageError::Kind::General;
}
} // namespace

TEST_CASE(
    "a new database gets the current schema and the routine's templates", "[storage][migration]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        CHECK(workspace.wasCreated());
        int version = 0;
        CHECK(Migrator(workspace.database()).inspect(&version) == Migrator::State::Current);
        CHECK(version == Migrator::latestVersion());
        CHECK(workspace.templates().all().size() == 31);
        CHECK(workspace.check().isEmpty());
    }
}

TEST_CASE("reopening keeps the data and loads nothing twice", "[storage][migration]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        {
            Workspace first(backend.spec);
            first.open();
            auto templates = first.templates().all();
            ForumTemplate edited = templates.first();
            edited.name = QStringLiteral("Pulsmöte på morgonen");
            first.templates().save(edited, 0);
        }
        Workspace second(backend.spec);
        second.open();
        CHECK_FALSE(second.wasCreated());
        const auto templates = second.templates().all();
        CHECK(templates.size() == 31);
        CHECK(templates.first().name == QStringLiteral("Pulsmöte på morgonen"));
    }
}

TEST_CASE(
    "the migrator applies every step a database lacks, whatever its number", "[storage][migration]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        {
            Workspace workspace(backend.spec);
            workspace.open();
            // A database that has later steps but not step 5, as after a
            // merge that brought in a step numbered below one applied.
            Query forget(workspace.database(),
                QStringLiteral("DELETE FROM schema_version WHERE version = 5"));
            forget.exec();
            for (const char *index : {"participant_person", "participant_substitute"})
                execSchemaStatement(workspace.database(),
                    QStringLiteral("DROP INDEX %1").arg(QString::fromLatin1(index)));
            CHECK(Migrator(workspace.database()).inspect() == Migrator::State::Older);
        }
        Workspace reopened(backend.spec);
        reopened.open();
        CHECK(Migrator(reopened.database()).inspect() == Migrator::State::Current);
        CHECK(reopened.check().isEmpty());
    }
}

TEST_CASE("a database from a newer Teamforum is refused untouched", "[storage][migration]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        {
            Workspace workspace(backend.spec);
            workspace.open();
            Query bump(workspace.database(),
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
            bump.bind(Migrator::latestVersion() + 1).bind(nowUtcText()).exec();
        }
        const bool sqlite = backend.spec.engine == ConnectionSpec::Engine::Sqlite;
        const QByteArray before = sqlite ? fileHash(backend.spec.path) : QByteArray();
        QString message;
        openFailure(backend.spec, &message);
        CHECK(message.contains(QStringLiteral("nyare version")));
        CHECK(message.contains(QStringLiteral("inte ändrats")));
        if (sqlite)
            CHECK(fileHash(backend.spec.path) == before);
    }
}

TEST_CASE("a file that is not a Teamforum database is refused", "[storage][migration]")
{
    const auto backend = tf::test::sqliteBackend();
    SECTION("garbage bytes")
    {
        QFile file(backend.spec.path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QString message;
        CHECK(openFailure(backend.spec, &message) == StorageError::Kind::NotADatabase);
        CHECK(message.contains(QStringLiteral("ingen Teamforum-databas")));
    }
    SECTION("another program's SQLite database")
    {
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(backend.spec.path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(backend.spec.path);
        QString message;
        CHECK(openFailure(backend.spec, &message) == StorageError::Kind::NotADatabase);
        CHECK(fileHash(backend.spec.path) == before);
    }
}

TEST_CASE("a truncated database file is refused with a clear message", "[storage][migration]")
{
    const auto backend = tf::test::sqliteBackend();
    {
        Workspace workspace(backend.spec);
        workspace.open();
    } // the last connection closes: the WAL is copied back and removed
    QFile file(backend.spec.path);
    const qint64 size = file.size();
    REQUIRE(size > 8192);
    REQUIRE(file.resize(size / 2));
    QString message;
    CHECK(openFailure(backend.spec, &message) == StorageError::Kind::Corrupt);
    CHECK(message.contains(QStringLiteral("Databasfilen")));
}

TEST_CASE("a foreign PostgreSQL schema is refused", "[storage][migration][postgresql]")
{
    if (!tf::test::postgresConfigured())
        return;
    const auto backends = testBackends();
    const auto &postgres = backends.last();
    {
        Database db(postgres.spec);
        db.open();
        execSchemaStatement(db, QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
    }
    QString message;
    CHECK(openFailure(postgres.spec, &message) == StorageError::Kind::NotADatabase);
}

TEST_CASE("SQLite is opened for durability", "[storage][sqlite]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    auto pragma = [&](const char *name) {
        Query query(workspace.database(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        query.exec();
        REQUIRE(query.next());
        return query.text(0);
    };
    CHECK(pragma("journal_mode") == QStringLiteral("wal"));
    CHECK(pragma("foreign_keys") == QStringLiteral("1"));
    CHECK(pragma("synchronous") == QStringLiteral("2")); // FULL
    CHECK(pragma("busy_timeout").toInt() >= 1000);
}

TEST_CASE("a connection URL names PostgreSQL, anything else a file", "[storage]")
{
    ConnectionSpec spec;
    QString error;
    REQUIRE(ConnectionSpec::parse(
        QStringLiteral("postgresql://anna:hemligt@db.example:5433/teamforum?sslmode=require"),
        &spec, &error));
    CHECK(spec.engine == ConnectionSpec::Engine::Postgres);
    CHECK(spec.host == QStringLiteral("db.example"));
    CHECK(spec.port == 5433);
    CHECK(spec.user == QStringLiteral("anna"));
    CHECK(spec.databaseName == QStringLiteral("teamforum"));
    CHECK(spec.options == QStringLiteral("sslmode=require"));
    CHECK_FALSE(spec.displayName().contains(QStringLiteral("hemligt")));
    CHECK_FALSE(ConnectionSpec::parse(QStringLiteral("postgresql://host-only"), &spec, &error));
    CHECK(error.contains(QStringLiteral("databasens namn")));
    REQUIRE(ConnectionSpec::parse(QStringLiteral("data/möten.sqlite"), &spec, &error));
    CHECK(spec.engine == ConnectionSpec::Engine::Sqlite);
    CHECK(spec.path.endsWith(QStringLiteral("data/möten.sqlite")));
}
