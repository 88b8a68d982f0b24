// Reads sent together and changes that begin and end with their
// statements: on PostgreSQL each costs the round trips the user waits for,
// on both engines each gives the same rows and keeps a change whole.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"
#include "support/ScratchWorkspace.h"
#include "support/TestBackends.h"

#include <optional>

using namespace tf;

namespace {
// The scratch table's words, in order of their ids.
struct Counted : test::ScratchWorkspace
{
    using test::ScratchWorkspace::ScratchWorkspace;
    QStringList words()
    {
        QStringList stored;
        Query query(db(), QStringLiteral("SELECT word FROM scratch ORDER BY id"));
        query.exec();
        while (query.next())
            stored << query.text(0);
        return stored;
    }
};

QList<QStringList> rowsOf(Query &query)
{
    QList<QStringList> rows;
    while (query.next())
        rows << QStringList {query.text(0), query.text(1)};
    return rows;
}
} // namespace

TEST_CASE(
    "reads sent together give each its own rows, in one round trip on PostgreSQL", "[storage]")
{
    for (const auto &backend : test::testBackends()) {
        INFO(backend.name.toStdString());
        Counted c(backend);
        c.insert(1, QStringLiteral("fallrisk"));
        c.insert(2, QStringLiteral("tandvård"));
        c.insert(3, QStringLiteral("åtgärd"));

        std::optional<Later<QList<QStringList>>> some;
        std::optional<Later<QList<QStringList>>> none;
        std::optional<Later<qint64>> count;
        const long trips = c.roundTrips([&] {
            ReadBatch batch(c.db());
            Query &above = batch.add(
                QStringLiteral("SELECT id, word FROM scratch WHERE id >= ? ORDER BY id DESC"));
            above.bind(2);
            some.emplace(batch.read<QList<QStringList>>(above, rowsOf));
            Query &missing
                = batch.add(QStringLiteral("SELECT id, word FROM scratch WHERE word = ?"));
            missing.bind(QStringLiteral("hovslagare"));
            none.emplace(batch.read<QList<QStringList>>(missing, rowsOf));
            Query &all = batch.add(QStringLiteral("SELECT count(*) FROM scratch"));
            count.emplace(batch.read<qint64>(
                all, [](Query &rows) { return rows.next() ? rows.id(0) : qint64(-1); }));
            batch.exec();
        });
        CHECK(some->get()
            == QList<QStringList> {{QStringLiteral("3"), QStringLiteral("åtgärd")},
                {QStringLiteral("2"), QStringLiteral("tandvård")}});
        CHECK(none->get().isEmpty());
        CHECK(count->get() == 3);
        if (trips >= 0)
            CHECK(trips == 1);
    }
}

TEST_CASE("a value derived from no read is made without a round trip", "[storage]")
{
    for (const auto &backend : test::testBackends()) {
        INFO(backend.name.toStdString());
        Counted c(backend);
        // As a read of meetings by an empty list of ids adds no statement
        // and derives its empty result.
        std::optional<Later<QStringList>> derived;
        const long trips = c.roundTrips([&] {
            ReadBatch batch(c.db());
            derived.emplace(
                batch.derive<QStringList>([] { return QStringList {QStringLiteral("inget")}; }));
            batch.exec();
        });
        CHECK(derived->get() == QStringList {QStringLiteral("inget")});
        if (trips >= 0)
            CHECK(trips == 0);
    }
}

TEST_CASE("a failing read of a batch is an error and the connection goes on", "[storage]")
{
    for (const auto &backend : test::testBackends()) {
        INFO(backend.name.toStdString());
        Counted c(backend);
        c.insert(1, QStringLiteral("fallrisk"));
        // SQLite refuses the statement as it is prepared, PostgreSQL as the
        // batch runs.
        const auto readMissingTable = [&c] {
            ReadBatch batch(c.db());
            batch.read<QList<QStringList>>(
                batch.add(QStringLiteral("SELECT id, word FROM scratch")), rowsOf);
            batch.add(QStringLiteral("SELECT word FROM no_such_table"));
            batch.add(QStringLiteral("SELECT 2"));
            batch.exec();
        };
        CHECK_THROWS_AS(readMissingTable(), StorageError);
        // A failed read is never taken for an empty one: the caller got an
        // error, and the next read works.
        CHECK(c.words() == QStringList {QStringLiteral("fallrisk")});
    }
}

TEST_CASE("a change that begins with its first statement is saved whole or not at all", "[storage]")
{
    for (const auto &backend : test::testBackends()) {
        INFO(backend.name.toStdString());
        Counted c(backend);
        const bool postgres = backend.spec.engine == ConnectionSpec::Engine::Postgres;
        const auto begin = Transaction::Begin::WithFirstStatement;

        // BEGIN with the first statement, COMMIT with the last: two round trips.
        const long trips = c.roundTrips([&] {
            Transaction change(c.db(), Transaction::Nesting::Savepoint, begin);
            c.insert(1, QStringLiteral("fallrisk"));
            Query last(c.db(), QStringLiteral("INSERT INTO scratch (id, word) VALUES (?, ?)"));
            last.bind(2).bind(QStringLiteral("tandvård"));
            change.commitAfter(last);
        });
        CHECK(c.words() == QStringList {QStringLiteral("fallrisk"), QStringLiteral("tandvård")});
        if (postgres)
            CHECK(trips == 2);

        // The last statement fails: the first is not kept either.
        try {
            Transaction change(c.db(), Transaction::Nesting::Savepoint, begin);
            c.insert(3, QStringLiteral("åtgärd"));
            Query last(c.db(), QStringLiteral("INSERT INTO scratch (id, word) VALUES (?, ?)"));
            last.bind(1).bind(QStringLiteral("samma id"));
            change.commitAfter(last);
            FAIL("a second row with the same id was accepted");
        } catch (const StorageError &) { }
        CHECK(c.words() == QStringList {QStringLiteral("fallrisk"), QStringLiteral("tandvård")});

        // Not committed: rolled back.
        {
            Transaction change(c.db(), Transaction::Nesting::Savepoint, begin);
            c.insert(4, QStringLiteral("glömd"));
        }
        CHECK(c.words() == QStringList {QStringLiteral("fallrisk"), QStringLiteral("tandvård")});

        // Nothing sent: nothing to begin or end.
        const long idle = c.roundTrips([&] {
            Transaction change(c.db(), Transaction::Nesting::Savepoint, begin);
            change.commit();
        });
        if (postgres)
            CHECK(idle == 0);

        // A step of its own inside begins the transaction first and is kept.
        {
            Transaction change(c.db(), Transaction::Nesting::Savepoint, begin);
            {
                Transaction step(c.db());
                c.insert(5, QStringLiteral("steg"));
                step.commit();
            }
            Query last(c.db(), QStringLiteral("INSERT INTO scratch (id, word) VALUES (?, ?)"));
            last.bind(6).bind(QStringLiteral("sist"));
            change.commitAfter(last);
        }
        CHECK(c.words()
            == QStringList {QStringLiteral("fallrisk"), QStringLiteral("tandvård"),
                QStringLiteral("steg"), QStringLiteral("sist")});
    }
}

TEST_CASE("a change's change-log rows go with its next statement and are kept only with the change",
    "[storage]")
{
    for (const auto &backend : test::testBackends()) {
        INFO(backend.name.toStdString());
        Counted c(backend);
        const bool postgres = backend.spec.engine == ConnectionSpec::Engine::Postgres;
        const auto loggedRows = [&] {
            Query query(c.db(),
                QStringLiteral("SELECT row_id FROM change_log WHERE table_name = 'scratch' "
                               "ORDER BY id"));
            query.exec();
            QList<qint64> rows;
            while (query.next())
                rows << query.id(0);
            return rows;
        };

        // Written and logged: the log's row costs no round trip of its own
        // (BEGIN, the write, the log's row with COMMIT).
        const long trips = c.roundTrips([&] {
            Transaction change(c.db());
            c.insert(1, QStringLiteral("fallrisk"));
            recordChange(c.db(), 0, QStringLiteral("scratch"), 1, QStringLiteral("insert"));
            change.commit();
        });
        CHECK(loggedRows() == QList<qint64> {1});
        if (postgres)
            CHECK(trips == 3);

        // Rolled back: neither the row nor its log.
        {
            Transaction change(c.db());
            c.insert(2, QStringLiteral("glömd"));
            recordChange(c.db(), 0, QStringLiteral("scratch"), 2, QStringLiteral("insert"));
        }
        CHECK(loggedRows() == QList<qint64> {1});

        // A step undone inside a change takes its log with it; the change's
        // own log before and after it is kept.
        {
            Transaction change(c.db());
            recordChange(c.db(), 0, QStringLiteral("scratch"), 3, QStringLiteral("update"));
            {
                Transaction step(c.db());
                recordChange(c.db(), 0, QStringLiteral("scratch"), 4, QStringLiteral("update"));
            }
            recordChange(c.db(), 0, QStringLiteral("scratch"), 5, QStringLiteral("update"));
            change.commit();
        }
        CHECK(loggedRows() == QList<qint64> {1, 3, 5});

        // A log row that cannot be written (by a person who does not exist)
        // fails the change it belongs to.
        try {
            Transaction change(c.db());
            c.insert(6, QStringLiteral("utan logg"));
            recordChange(c.db(), 999999, QStringLiteral("scratch"), 6, QStringLiteral("insert"));
            change.commit();
            FAIL("a log row by nobody was accepted");
        } catch (const StorageError &) { }
        CHECK(c.words() == QStringList {QStringLiteral("fallrisk")});
    }
}
