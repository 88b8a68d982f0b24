// A statement planned once per connection (Query::Planning::OncePerConnection,
// the search's): on PostgreSQL prepared on the server with its first run, in
// the same round trip, and run under one generic plan after; it gives the
// rows a statement planned for its values gives, and it still runs when the
// server's prepared statements and the connection's record of them differ.
#include <catch2/catch.hpp>

#include "storage/Database.h"
#include "storage/Query.h"
#include "support/ScratchWorkspace.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
const QString kWordsLongerThan = QStringLiteral(
    "SELECT word FROM scratch WHERE length(word) > ? AND id < 100 / ? ORDER BY id");
const QString kPrepared = QStringLiteral(
    "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE "
    "'%scratch WHERE length(word)%'");

struct Scratch : test::ScratchWorkspace
{
    explicit Scratch(const test::TestBackend &backend)
        : test::ScratchWorkspace(backend)
    {
        int id = 0;
        for (const char *word : {"fall", "rullator", "tryckavlastning", "tandvård"})
            insert(++id, QString::fromUtf8(word));
    }
    QStringList wordsLongerThan(int length, Query::Planning planning, int divisor = 1)
    {
        Query query(db(), kWordsLongerThan, planning);
        query.bind(length).bind(divisor).exec();
        QStringList words;
        while (query.next())
            words << query.text(0);
        return words;
    }
    // The generic and the custom plans the server has made for the statement.
    std::pair<qint64, qint64> plansMade()
    {
        Query query(db(), kPrepared);
        query.exec();
        REQUIRE(query.next());
        const std::pair<qint64, qint64> plans {query.id(0), query.id(1)};
        CHECK_FALSE(query.next()); // one statement on the server, however often run
        return plans;
    }
};

constexpr auto kOnce = Query::Planning::OncePerConnection;
constexpr auto kEach = Query::Planning::EachRun;
} // namespace

TEST_CASE("a statement planned once per connection gives the rows of one planned for its values",
    "[storage][postgres]")
{
    for (const auto &backend : test::testBackends()) {
        INFO(backend.name.toStdString());
        Scratch s(backend);
        for (int length : {0, 4, 8, 20}) {
            INFO(length);
            CHECK(s.wordsLongerThan(length, kOnce) == s.wordsLongerThan(length, kEach));
        }
        CHECK(s.wordsLongerThan(6, kOnce)
            == QStringList {QStringLiteral("rullator"), QStringLiteral("tryckavlastning"),
                QStringLiteral("tandvård")});
        if (!s.postgres())
            continue;
        // Prepared once, with a generic plan from its first run: the
        // server planned none of the runs for their values.
        const auto [generic, custom] = s.plansMade();
        CHECK(generic == 5);
        CHECK(custom == 0);
        // Each run, the first with its PREPARE, is one round trip.
        s.db().reconnect(); // a new session, which prepares it again
        CHECK(s.roundTrips([&] { s.wordsLongerThan(3, kOnce); }) == 1);
        CHECK(s.roundTrips([&] { s.wordsLongerThan(5, kOnce); }) == 1);
    }
}

TEST_CASE("a statement planned once per connection runs again when the server forgot it or the "
          "connection did",
    "[storage][postgres]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    Scratch s(test::testBackends().last());
    REQUIRE(s.postgres());
    const QStringList longWords = s.wordsLongerThan(6, kOnce);
    REQUIRE(longWords.size() == 3);

    // A pooler's DISCARD ALL, or an administrator's DEALLOCATE ALL: the
    // connection still believes the statement prepared.
    execSchemaStatement(s.db(), QStringLiteral("DEALLOCATE ALL"));
    CHECK(s.wordsLongerThan(6, kOnce) == longWords);
    CHECK(s.plansMade().first == 1);

    // A run whose PREPARE was made but whose EXECUTE failed (division by
    // zero here): the connection cannot tell which, and prepares again.
    execSchemaStatement(s.db(), QStringLiteral("DEALLOCATE ALL"));
    s.db().preparedOnServer().clear();
    CHECK_THROWS(s.wordsLongerThan(6, kOnce, 0));
    CHECK(s.wordsLongerThan(6, kOnce) == longWords);
    CHECK(s.wordsLongerThan(6, kOnce) == longWords);

    // A new session has none of the old one's statements.
    s.db().reconnect();
    CHECK(s.wordsLongerThan(6, kOnce) == longWords);
    CHECK(s.plansMade().first == 1);
}
