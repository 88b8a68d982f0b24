#include <catch2/catch.hpp>

#include "domain/Action.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/SearchRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::testBackends;

namespace {
QList<qint64> meetingsOf(const QList<SearchHit> &hits, SearchHit::Kind kind)
{
    QList<qint64> ids;
    for (const auto &hit : hits) {
        if (hit.kind == kind)
            ids << hit.rowId;
    }
    return ids;
}
} // namespace

TEST_CASE("search finds Swedish words in minutes, actions and addenda on both engines", "[search]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        auto &minutes = workspace.minutes();
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.at(1);
        entry.text = QStringLiteral("Greta har ökad fallrisk. Önskar promenad på förmiddagen.");
        const qint64 entryId = minutes.saveEntry(entry, f.helperId).id;
        MinuteEntry other;
        other.agendaItemId = f.itemIds.at(2);
        other.text = QStringLiteral("Far till Åre på måndag.");
        minutes.saveEntry(other, f.helperId);

        Action action;
        action.meetingId = f.meetingId;
        action.agendaItemId = f.itemIds.at(1);
        action.what = QStringLiteral("Beställ höftskydd och gånghjälpmedel");
        action.responsibleId = f.nurseId;
        const qint64 actionId = workspace.actions().create(action, f.chairId);

        auto &search = workspace.search();
        auto hits = search.search(QStringLiteral("fallrisk"));
        REQUIRE(meetingsOf(hits, SearchHit::Kind::Minutes) == QList<qint64> {entryId});
        CHECK(hits.first().meetingId == f.meetingId);
        CHECK(hits.first().unitId == f.unitId);
        CHECK(hits.first().snippet.contains(QStringLiteral("«fallrisk»")));
        CHECK(highlightedHtml(hits.first().snippet).contains(QStringLiteral("<b>fallrisk</b>")));

        // A query in decomposed form (NFD) finds the composed text.
        const QString decomposed = QStringLiteral("Åre").normalized(QString::NormalizationForm_D);
        REQUIRE(decomposed.size() == 4);
        CHECK(meetingsOf(search.search(decomposed), SearchHit::Kind::Minutes).size() == 1);

        // å, ä, ö in the query and in the text, in any case.
        CHECK(meetingsOf(search.search(QStringLiteral("ÖNSKAR")), SearchHit::Kind::Minutes).size()
            == 1);
        CHECK(meetingsOf(search.search(QStringLiteral("förmiddagen")), SearchHit::Kind::Minutes)
                  .size()
            == 1);
        CHECK(meetingsOf(search.search(QStringLiteral("höftskydd")), SearchHit::Kind::Action)
            == QList<qint64> {actionId});
        CHECK(meetingsOf(search.search(QStringLiteral("gånghjälp")), SearchHit::Kind::Action).size()
            == 1);
        CHECK(
            meetingsOf(search.search(QStringLiteral("Åre")), SearchHit::Kind::Minutes).size() == 1);
        // å, ä and ö are letters of their own: "far" is not "får", "ökad" not "okad".
        CHECK(search.search(QStringLiteral("okad")).isEmpty());
        CHECK(meetingsOf(search.search(QStringLiteral("får")), SearchHit::Kind::Minutes).isEmpty());
        // Several words must all occur.
        CHECK(search.search(QStringLiteral("fallrisk promenad")).size() == 1);
        CHECK(search.search(QStringLiteral("fallrisk höftskydd")).isEmpty());
        // Search syntax typed by the user is taken as words.
        CHECK(search.search(QStringLiteral("\"fallrisk")).size() == 1);
        CHECK_NOTHROW(search.search(QStringLiteral("NEAR( col:* ) & | ! ' ;--")));
        CHECK(search.search(QStringLiteral("  ")).isEmpty());

        // Changes after the first search are found, old text no longer.
        entry.id = entryId;
        entry.version = 1;
        entry.text
            = QStringLiteral("Greta mår bättre, ingen fallrisk längre, breder smörgåsar själv.");
        minutes.saveEntry(entry, f.helperId);
        CHECK(search.search(QStringLiteral("promenad")).isEmpty());
        CHECK(search.search(QStringLiteral("smörgås")).size() == 1);

        // Addenda are searched too; units narrow the search.
        minutes.finish(f.meetingId, f.helperId);
        minutes.approve(f.meetingId, f.chairId, f.chairId);
        MinutesAddendum addendum;
        addendum.meetingId = f.meetingId;
        addendum.text = QStringLiteral("Tillägg: rullatorn är beställd.");
        minutes.addAddendum(addendum, f.chairId);
        CHECK(
            meetingsOf(search.search(QStringLiteral("rullatorn")), SearchHit::Kind::Addendum).size()
            == 1);
        CHECK(search.search(QStringLiteral("rullatorn"), {f.unitId}).size() == 1);
        CHECK(search.search(QStringLiteral("rullatorn"), {f.unitId + 1000}).isEmpty());
    }
}
