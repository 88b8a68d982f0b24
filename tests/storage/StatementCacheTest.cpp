#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::testBackends;

namespace {
qint64 addPerson(Workspace &workspace, const QString &name)
{
    Person person;
    person.name = name;
    return workspace.people().create(person, 0);
}

QStringList namesLike(Database &db, const QString &pattern)
{
    Query query(db, QStringLiteral("SELECT name FROM person WHERE name LIKE ? ORDER BY name"));
    query.bind(pattern).exec();
    QStringList names;
    while (query.next())
        names << query.text(0);
    return names;
}
} // namespace

TEST_CASE("a statement used again reads with its new values only", "[storage][statements]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        addPerson(workspace, QStringLiteral("Anna Ek"));
        addPerson(workspace, QStringLiteral("Bo Ek"));
        addPerson(workspace, QStringLiteral("Åsa Lind"));
        Database &db = workspace.database();
        CHECK(namesLike(db, QStringLiteral("%Ek")) == QStringList {"Anna Ek", "Bo Ek"});
        CHECK(namesLike(db, QStringLiteral("%Lind")) == QStringList {QStringLiteral("Åsa Lind")});
        CHECK(namesLike(db, QStringLiteral("%Ek")) == QStringList {"Anna Ek", "Bo Ek"});
        CHECK(namesLike(db, QStringLiteral("Ingen%")).isEmpty());
        // A statement left half-read is reset before it is used again.
        {
            Query partly(
                db, QStringLiteral("SELECT name FROM person WHERE name LIKE ? ORDER BY name"));
            partly.bind(QStringLiteral("%Ek")).exec();
            REQUIRE(partly.next());
        }
        CHECK(namesLike(db, QStringLiteral("%Lind")) == QStringList {QStringLiteral("Åsa Lind")});
    }
}

// SQLite only: Qt's PostgreSQL driver ends the outer loop early when the same
// statement text runs inside it, with or without kept statements; the
// program never nests a statement in itself.
TEST_CASE("the same statement can be read inside its own loop", "[storage][statements]")
{
    {
        const auto backend = tf::test::sqliteBackend();
        Workspace workspace(backend.spec);
        workspace.open();
        for (const char *name : {"Anna Ek", "Bo Ek", "Cilla Ek"})
            addPerson(workspace, QString::fromUtf8(name));
        Database &db = workspace.database();
        const QString sql
            = QStringLiteral("SELECT name FROM person WHERE name LIKE ? ORDER BY name");
        Query outer(db, sql);
        outer.bind(QStringLiteral("%Ek")).exec();
        QStringList pairs;
        while (outer.next()) {
            const QString first = outer.text(0);
            for (const QString &second : namesLike(db, QStringLiteral("%Ek")))
                pairs << first + QLatin1Char('/') + second;
        }
        CHECK(pairs.size() == 9);
        CHECK(pairs.first() == QStringLiteral("Anna Ek/Anna Ek"));
        CHECK(pairs.last() == QStringLiteral("Cilla Ek/Cilla Ek"));
    }
}

TEST_CASE("a statement that failed is prepared afresh", "[storage][statements]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        Database &db = workspace.database();
        const QString insert
            = QStringLiteral("INSERT INTO person (uuid, name, updated_at) VALUES (?, ?, ?)");
        const auto add = [&](const QString &uuid) {
            Query query(db, insert);
            query.bind(uuid).bind(QStringLiteral("Dag Dahl")).bind(nowUtcText()).exec();
        };
        add(QStringLiteral("6c2f6f5e-0000-4000-8000-000000000001"));
        // The same uuid again breaks the unique key: refused, not kept.
        CHECK_THROWS(add(QStringLiteral("6c2f6f5e-0000-4000-8000-000000000001")));
        add(QStringLiteral("6c2f6f5e-0000-4000-8000-000000000002"));
        CHECK(namesLike(db, QStringLiteral("Dag%")).size() == 2);
    }
}

TEST_CASE("values go with the statement byte for byte, and a ? in a quoted literal stays",
    "[storage][statements]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        Database &db = workspace.database();
        const QString tricky = QStringLiteral("O'Brien ? '); DROP TABLE person; -- \\ å ä ö 😀");
        addPerson(workspace, tricky);
        Query query(db,
            QStringLiteral("SELECT name, '?' AS mark, ? AS none, ? AS number FROM person "
                           "WHERE name = ?"));
        query.bind(QVariant(QMetaType(QMetaType::QString))).bind(42).bind(tricky).exec();
        REQUIRE(query.next());
        CHECK(query.text(0) == tricky);
        CHECK(query.text(1) == QStringLiteral("?"));
        CHECK(query.value(2).isNull());
        CHECK(query.integer(3) == 42);
        CHECK_FALSE(query.next());
        // A negative value after a minus is a number, not the start of a comment.
        Query difference(db, QStringLiteral("SELECT 10 -? AS difference"));
        difference.bind(-5).exec();
        REQUIRE(difference.next());
        CHECK(difference.integer(0) == 15);
    }
}

TEST_CASE("a statement given too few or too many values is refused before it is sent",
    "[storage][statements]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        Database &db = workspace.database();
        const QString sql = QStringLiteral("SELECT name FROM person WHERE name = ? AND id = ?");
        CHECK_THROWS_AS(Query(db, sql).bind(QStringLiteral("Anna")).exec(), StorageError);
        CHECK_THROWS_AS(
            Query(db, sql).bind(QStringLiteral("Anna")).bind(1).bind(2).exec(), StorageError);
        // The program goes on working after the refusal.
        CHECK(namesLike(db, QStringLiteral("%")).isEmpty());
    }
}
