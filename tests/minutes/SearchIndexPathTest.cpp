// The PostgreSQL search takes a rare or absent word's few matches from the
// index and walks the meetings newest first only for a common word; both
// ways give the same hits in the same order, also under row-level security.
#include <catch2/catch.hpp>

#include "../access/CareRelationFixture.h"
#include "domain/Action.h"
#include "domain/Minutes.h"
#include "services/Workspace.h"
#include "services/generator/DataGenerator.h"
#include "storage/ActionRepository.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/Query.h"
#include "storage/SearchRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QRegularExpression>

using namespace tf;
using tf::test::CareRelationFixture;

namespace {
// Kind and row of each hit, in order.
QList<QPair<int, qint64>> keys(const QList<SearchHit> &hits)
{
    QList<QPair<int, qint64>> list;
    for (const SearchHit &hit : hits)
        list << qMakePair(static_cast<int>(hit.kind), hit.rowId);
    return list;
}

tf::test::TestBackend postgresBackend()
{
    const auto backends = tf::test::testBackends();
    for (const auto &backend : backends) {
        if (backend.spec.engine == ConnectionSpec::Engine::Postgres)
            return backend;
    }
    return {};
}

// An agenda item of a meeting not yet held (the held ones are locked) and
// a person of its unit.
QPair<qint64, qint64> openItem(Database &db)
{
    Query query(db,
        QStringLiteral("SELECT i.id, m.secretary_id FROM agenda_item i "
                       "JOIN meeting m ON m.id = i.meeting_id WHERE m.status = 'planned' "
                       "ORDER BY m.start_utc, i.id LIMIT 1"));
    query.exec();
    REQUIRE(query.next());
    return {query.id(0), query.id(1)};
}
// The searched rows whose kept meeting start (migration 034) is not their
// meeting's.
qint64 misdatedRows(Database &db)
{
    Query query(db,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM agenda_item s JOIN meeting m ON m.id = s.meeting_id "
            "WHERE s.meeting_start_utc IS DISTINCT FROM m.start_utc) "
            "+ (SELECT count(*) FROM team_action s JOIN meeting m ON m.id = s.meeting_id "
            "WHERE s.meeting_start_utc IS DISTINCT FROM m.start_utc) "
            "+ (SELECT count(*) FROM minutes_addendum s JOIN meeting m ON m.id = s.meeting_id "
            "WHERE s.meeting_start_utc IS DISTINCT FROM m.start_utc) "
            "+ (SELECT count(*) FROM minute_entry s JOIN agenda_item i ON i.id = s.agenda_item_id "
            "JOIN meeting m ON m.id = i.meeting_id "
            "WHERE s.meeting_start_utc IS DISTINCT FROM m.start_utc)"));
    query.exec();
    REQUIRE(query.next());
    return query.id(0);
}

// The lines of the plan's CTE `name`, up to the next.
QString cte(const QString &plan, const QString &name)
{
    const qsizetype from = plan.indexOf(QStringLiteral("\n  CTE %1\n").arg(name));
    if (from < 0)
        return {};
    const qsizetype to = plan.indexOf(QStringLiteral("\n  CTE "), from + 1);
    return plan.mid(from, to < 0 ? -1 : to - from);
}

// Whether a node of the plan naming `node` ran.
bool ran(const QString &plan, const QString &node)
{
    for (const QString &line : plan.split(QLatin1Char('\n'))) {
        if (line.contains(node) && !line.contains(QStringLiteral("never executed")))
            return true;
    }
    return false;
}

// The rows the first node of the plan naming `node` gave, or -1.
qint64 rowsOf(const QString &plan, const QString &node)
{
    static const QRegularExpression rows(QStringLiteral("rows=(\\d+) loops"));
    for (const QString &line : plan.split(QLatin1Char('\n'))) {
        if (!line.contains(node))
            continue;
        const auto match = rows.match(line);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }
    return -1;
}

// A unit's meeting on 1 June and another (its id) nine days later.
QPair<test::MinutesFixture, qint64> meetingsInJune(Workspace &workspace)
{
    const QDate june(2026, 6, 1);
    const auto f = test::makeMinutesFixture(workspace, QDateTime(june, QTime(8, 0), Qt::UTC));
    return {f, test::addMeeting(workspace, f, QDateTime(june.addDays(9), QTime(8, 0), Qt::UTC))};
}

// The meetings of the hits, in order.
QList<qint64> meetingsOf(const QList<SearchHit> &hits)
{
    QList<qint64> meetings;
    for (const SearchHit &hit : hits)
        meetings << hit.meetingId;
    return meetings;
}
} // namespace

TEST_CASE("on PostgreSQL a rare and an absent word are found through the search index, and a "
          "common word's pages are the same either way",
    "[search][pgsearch][postgres]")
{
    if (!tf::test::postgresConfigured())
        return; // the SQLite search is FTS5's, with no plan to choose
    const auto backend = postgresBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    GeneratorOptions options;
    options.seed = 5;
    generateDatabase(workspace, options);
    Database &db = workspace.database();
    CHECK(misdatedRows(db) == 0); // the generator dates the rows it loads

    const auto [itemId, authorId] = openItem(db);
    MinuteEntry entry;
    entry.agendaItemId = itemId;
    entry.text = QStringLiteral("Hovslagaren från stallet hälsar på under fredagen.");
    const qint64 entryId = workspace.minutes().saveEntry(entry, authorId).id;

    SearchRepository search(db);
    const auto rare = search.search(QStringLiteral("hovslagare"));
    REQUIRE(rare.size() == 1);
    CHECK(rare.first().kind == SearchHit::Kind::Minutes);
    CHECK(rare.first().rowId == entryId);
    CHECK(rare.first().snippet.contains(QStringLiteral("«Hovslagaren»")));
    CHECK(search.count(QStringLiteral("hovslagare")) == 1);
    CHECK(search.search(QStringLiteral("xylofonist")).isEmpty());
    CHECK(search.count(QStringLiteral("xylofonist")) == 0);

    // The notes' matches come from their index, and the walk over the
    // meetings is never run for a word this rare.
    const QString plan = search.explainSearch(QStringLiteral("hovslagare")).join(QLatin1Char('\n'));
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("Bitmap Index Scan on minute_entry_search")));
    CHECK(plan.contains(QStringLiteral("never executed")));
    CHECK_FALSE(ran(cte(plan, QStringLiteral("walk0")), QStringLiteral("on minute_entry")));
    const QString absent
        = search.explainSearch(QStringLiteral("xylofonist")).join(QLatin1Char('\n'));
    CHECK(absent.contains(QStringLiteral("Bitmap Index Scan on minute_entry_search")));
    // A word in none of the older notes but in a page of the newest is
    // common where the page is: the page is met among the newest notes,
    // where the first look reads, and neither their index nor the longer
    // walk runs. (When the first look read the table's first rows instead,
    // their matches were all taken from the index.)
    Query items(db,
        QStringLiteral("SELECT i.id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
                       "WHERE m.status = 'planned' ORDER BY m.start_utc, i.id LIMIT ?"));
    items.bind(kSearchPageSize).exec();
    QList<qint64> itemIds;
    while (items.next())
        itemIds << items.id(0);
    REQUIRE(itemIds.size() == kSearchPageSize);
    for (qint64 id : itemIds) {
        Query insert(db,
            QStringLiteral("INSERT INTO minute_entry (agenda_item_id, section, text, author_id, "
                           "updated_at, updated_by) VALUES (?, 'smed', ?, ?, ?, ?)"));
        insert.bind(id)
            .bind(QStringLiteral("Smeden lagade grinden till trädgården."))
            .bind(authorId)
            .bind(nowUtcText())
            .bind(authorId)
            .exec();
    }
    const QString recent = search.explainSearch(QStringLiteral("smeden")).join(QLatin1Char('\n'));
    INFO(recent.toStdString());
    CHECK(ran(cte(recent, QStringLiteral("newest0")), QStringLiteral("on minute_entry")));
    for (const char *way : {"matches0", "walk0"}) {
        INFO(way);
        const QString part = cte(recent, QString::fromLatin1(way));
        CHECK_FALSE(part.isEmpty());
        CHECK_FALSE(ran(part, QStringLiteral("on minute_entry")));
    }
    CHECK(keys(search.search(QStringLiteral("smeden")))
        == keys(SearchRepository(db, 1000000, 1000000).search(QStringLiteral("smeden"))));
    // With a unit filter the first look reads the newest notes of all
    // units, not the unit's through its meetings; the hits are the unit's.
    Query unitOf(db,
        QStringLiteral("SELECT m.unit_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
                       "WHERE i.id = ?"));
    unitOf.bind(itemIds.first()).exec();
    REQUIRE(unitOf.next());
    const QList<qint64> oneUnit {unitOf.id(0)};
    const QString filtered
        = search.explainSearch(QStringLiteral("smeden"), oneUnit).join(QLatin1Char('\n'));
    INFO(filtered.toStdString());
    CHECK(ran(cte(filtered, QStringLiteral("newest0")), QStringLiteral("minute_entry_newest")));
    CHECK_FALSE(cte(filtered, QStringLiteral("newest0")).contains(QStringLiteral("on meeting")));
    const auto unitHits = search.search(QStringLiteral("smeden"), oneUnit);
    CHECK_FALSE(unitHits.isEmpty());
    for (const SearchHit &hit : unitHits)
        CHECK(hit.unitId == oneUnit.first());
    CHECK(keys(unitHits)
        == keys(SearchRepository(db, 1000000, 1000000).search(QStringLiteral("smeden"), oneUnit)));
    CHECK(
        keys(SearchRepository(db, 0).search(QStringLiteral("smeden"), oneUnit)) == keys(unitHits));
    Query notes(db, QStringLiteral("SELECT count(*) FROM minute_entry"));
    notes.exec();
    REQUIRE(notes.next());
    CHECK(notes.id(0) > SearchRepository::kProbeRows); // the older notes fill the first look
    // The session starts no parallel workers: they were started for the walks
    // of sources whose word turned out rare, which then never ran.
    Query parallel(db, QStringLiteral("SHOW max_parallel_workers_per_gather"));
    parallel.exec();
    REQUIRE(parallel.next());
    CHECK(parallel.text(0) == QStringLiteral("0"));
    CHECK_FALSE(absent.contains(QStringLiteral("Gather")));

    // Every source walked (no word has "few" matches) and every source's
    // matches joined (every word has): the same pages and counts.
    SearchRepository walking(db, 0);
    SearchRepository joining(db, 1000000, 1000000);
    for (const QString &words :
        {QStringLiteral("anhöriga samtal"), QStringLiteral("fallrisk"), QStringLiteral("tandvård"),
            QStringLiteral("hovslagare"), QStringLiteral("xylofonist")}) {
        INFO(words.toStdString());
        for (int offset : {0, kSearchPageSize}) {
            const auto joined = joining.search(words, {}, kSearchPageSize, offset);
            CHECK(keys(walking.search(words, {}, kSearchPageSize, offset)) == keys(joined));
            CHECK(keys(search.search(words, {}, kSearchPageSize, offset)) == keys(joined));
        }
        CHECK(walking.count(words) == joining.count(words));
    }
    CHECK(search.search(QStringLiteral("anhöriga")).size() == kSearchPageSize);
}

TEST_CASE("under row-level security both ways of searching find only what the person may see",
    "[search][pgsearch][postgres][access]")
{
    if (!tf::test::postgresConfigured())
        return; // logins exist on PostgreSQL only
    CareRelationFixture fixture;
    ConnectionSpec spec;
    QString error;
    REQUIRE(ConnectionSpec::parse(fixture.urlAs(CareRelationFixture::NurseA), &spec, &error));
    Workspace workspace(spec);
    workspace.open();
    SearchRepository walking(workspace.database(), 0);
    SearchRepository joining(workspace.database(), 1000000, 1000000);
    const auto joined = joining.search(QStringLiteral("Anteckning"));
    CHECK(joined.size() == 3); // the general item and a1's and a2's notes of meeting A
    for (const SearchHit &hit : joined)
        CHECK(hit.unitId == CareRelationFixture::kUnitA);
    CHECK(keys(walking.search(QStringLiteral("Anteckning"))) == keys(joined));
    CHECK(joining.count(QStringLiteral("Anteckning")) == 3);
    CHECK(walking.count(QStringLiteral("Anteckning")) == 3);
}

TEST_CASE("on PostgreSQL a meeting moved to another time takes its hits along in the search",
    "[search][pgsearch][postgres]")
{
    if (!tf::test::postgresConfigured())
        return; // SQLite keeps no meeting start beside its searched rows
    Workspace workspace(postgresBackend().spec);
    workspace.open();
    const auto meetings = meetingsInJune(workspace);
    const test::MinutesFixture &f = meetings.first;
    const qint64 later = meetings.second;
    for (qint64 meetingId : {f.meetingId, later}) {
        const qint64 itemId = workspace.meetings().agendaItems(meetingId).first().id;
        MinuteEntry entry;
        entry.agendaItemId = itemId;
        entry.text = QStringLiteral("Vikten kontrollerad.");
        workspace.minutes().saveEntry(entry, f.helperId);
        Action action;
        action.meetingId = meetingId;
        action.agendaItemId = itemId;
        action.what = QStringLiteral("Väg Greta, vikten antecknas");
        action.responsibleId = f.nurseId;
        workspace.actions().create(action, f.chairId);
    }
    Database &db = workspace.database();
    SearchRepository walking(db, 0);
    SearchRepository joining(db, 1000000, 1000000);
    const QString word = QStringLiteral("vikt");
    CHECK(
        meetingsOf(joining.search(word)) == QList<qint64> {later, later, f.meetingId, f.meetingId});
    CHECK(meetingsOf(walking.search(word)) == meetingsOf(joining.search(word)));

    // The first meeting moved past the other: its note and action now come first.
    auto moved = *workspace.meetings().byId(f.meetingId);
    moved.startUtc = f.startUtc.addDays(20);
    workspace.meetings().save(moved, f.chairId);
    CHECK(misdatedRows(db) == 0);
    const auto hits = joining.search(word);
    CHECK(meetingsOf(hits) == QList<qint64> {f.meetingId, f.meetingId, later, later});
    CHECK(hits.first().meetingStartUtc == moved.startUtc);
    CHECK(meetingsOf(walking.search(word)) == meetingsOf(hits));

    // An agenda item moved to another meeting (by hand, in the database)
    // takes its notes along.
    Query move(db, QStringLiteral("UPDATE agenda_item SET meeting_id = ? WHERE meeting_id = ?"));
    move.bind(later).bind(f.meetingId).exec();
    CHECK(misdatedRows(db) == 0);
}

TEST_CASE("on PostgreSQL a word held often, but not among the newest rows, is walked to, not read "
          "all from the index",
    "[search][pgsearch][postgres]")
{
    if (!tf::test::postgresConfigured())
        return; // the SQLite search is FTS5's, with no plan to choose
    Workspace workspace(postgresBackend().spec);
    workspace.open();
    const auto meetings = meetingsInJune(workspace);
    const test::MinutesFixture &f = meetings.first;
    const qint64 later = meetings.second;
    Database &db = workspace.database();
    // Like a monthly forum's title in a region: the word is in 120 notes of
    // the older meeting, and in none of the newest kProbeRows notes (the
    // later meeting's), where the first look reads.
    const auto addNotes = [&](qint64 meetingId, const QString &text, int howMany) {
        Query insert(db,
            QStringLiteral("INSERT INTO minute_entry (agenda_item_id, section, text, author_id, "
                           "updated_at, updated_by) SELECT ?, 'rad' || n, ?, ?, ?, ? "
                           "FROM generate_series(1, ?) n"));
        insert.bind(workspace.meetings().agendaItems(meetingId).first().id)
            .bind(text)
            .bind(f.helperId)
            .bind(nowUtcText())
            .bind(f.helperId)
            .bind(howMany)
            .exec();
    };
    addNotes(f.meetingId, QStringLiteral("Klövvården gicks igenom."), 120);
    addNotes(later, QStringLiteral("Inget nytt."), SearchRepository::kProbeRows);

    // A word with more than 100 matches in all is not rare here.
    SearchRepository search(db, SearchRepository::kFewMatches, 100);
    const QString word = QStringLiteral("klövvård");
    const QString plan = search.explainSearch(word).join(QLatin1Char('\n'));
    INFO(plan.toStdString());
    // The first look meets none of it; the matches are read only until
    // there are more than 100, and the walk finds the page.
    CHECK(rowsOf(cte(plan, QStringLiteral("newest0")), QStringLiteral("on minute_entry")) > 0);
    CHECK(rowsOf(cte(plan, QStringLiteral("matches0")), QStringLiteral("on minute_entry")) == 101);
    CHECK(rowsOf(cte(plan, QStringLiteral("walk0")), QStringLiteral("Limit")) == kSearchPageSize);
    const auto hits = search.search(word);
    CHECK(hits.size() == kSearchPageSize);
    CHECK(meetingsOf(hits) == QList<qint64>(kSearchPageSize, f.meetingId));
    CHECK(keys(hits) == keys(SearchRepository(db, 1000000, 1000000).search(word)));
    CHECK(keys(search.search(word, {}, kSearchPageSize, kSearchPageSize))
        == keys(SearchRepository(db, 1000000, 1000000)
                    .search(word, {}, kSearchPageSize, kSearchPageSize)));
    // The third page is past the walk's hits: all of the matches are read.
    CHECK(search.search(word, {}, kSearchPageSize, 2 * kSearchPageSize).size() == 20);
    // Rare in all (the default bound): all its matches read from the index.
    const QString rare = SearchRepository(db).explainSearch(word).join(QLatin1Char('\n'));
    INFO(rare.toStdString());
    CHECK(rowsOf(cte(rare, QStringLiteral("matches0")), QStringLiteral("on minute_entry")) == 120);
    CHECK_FALSE(ran(cte(rare, QStringLiteral("walk0")), QStringLiteral("on minute_entry")));
}
