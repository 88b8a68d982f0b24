#include <catch2/catch.hpp>

#include <QSet>

#include "domain/Action.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
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

TEST_CASE("search finds Swedish word forms, decomposed notes and agenda titles on both engines",
    "[search]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        auto &minutes = workspace.minutes();
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.at(1);
        entry.text = QStringLiteral("Sjuksköterskan gör en ny riskbedömning inför nästa möte.");
        const qint64 entryId = minutes.saveEntry(entry, f.helperId).id;
        // Pasted from a program that writes decomposed letters (NFD).
        MinuteEntry pasted;
        pasted.agendaItemId = f.itemIds.at(2);
        pasted.text = QStringLiteral("Överenskommet: trycksår ses över varje måndag.")
                          .normalized(QString::NormalizationForm_D);
        const qint64 pastedId = minutes.saveEntry(pasted, f.helperId).id;
        REQUIRE(minutes.entries(f.meetingId).size() == 2);

        auto &search = workspace.search();
        // Swedish word forms: the plural finds the singular, and the other way.
        const auto forms = search.search(QStringLiteral("riskbedömningar"));
        REQUIRE(meetingsOf(forms, SearchHit::Kind::Minutes) == QList<qint64> {entryId});
        CHECK(forms.first().snippet.contains(QStringLiteral("«riskbedömning»")));
        CHECK(forms.first().agendaItemId == f.itemIds.at(1));
        CHECK(meetingsOf(search.search(QStringLiteral("riskbedömningen")), SearchHit::Kind::Minutes)
            == QList<qint64> {entryId});
        CHECK(
            meetingsOf(search.search(QStringLiteral("riskbedömningarna")), SearchHit::Kind::Minutes)
            == QList<qint64> {entryId});
        // A note stored decomposed is found by the composed words, and by NFD ones.
        CHECK(meetingsOf(search.search(QStringLiteral("trycksår")), SearchHit::Kind::Minutes)
            == QList<qint64> {pastedId});
        CHECK(meetingsOf(
                  search.search(QStringLiteral("överenskommet måndag")), SearchHit::Kind::Minutes)
            == QList<qint64> {pastedId});
        CHECK(meetingsOf(
                  search.search(QStringLiteral("måndag").normalized(QString::NormalizationForm_D)),
                  SearchHit::Kind::Minutes)
            == QList<qint64> {pastedId});
        // The note is kept as it was written.
        CHECK(minutes.entries(f.meetingId).last().text == pasted.text);

        // Agenda titles: the item itself is the hit, and it opens there.
        const auto titles = search.search(QStringLiteral("uppföljningar kund"));
        REQUIRE(meetingsOf(titles, SearchHit::Kind::AgendaItem) == QList<qint64> {f.itemIds.at(1)});
        CHECK(titles.first().agendaItemId == f.itemIds.at(1));
        CHECK(titles.first().clientId == f.clientId);
        CHECK(titles.first().snippet.contains(QStringLiteral("«kund»")));
        CHECK(search.count(QStringLiteral("uppföljningar kund")) == 1);
        // A title changed later is found by its new words.
        auto item = workspace.meetings().agendaItems(f.meetingId).at(2);
        item.title = QStringLiteral("Hjälpmedel och rullatorer");
        workspace.meetings().updateAgendaItem(item, f.chairId);
        CHECK(meetingsOf(search.search(QStringLiteral("rullator")), SearchHit::Kind::AgendaItem)
            == QList<qint64> {item.id});
        CHECK(search.search(QStringLiteral("övriga frågor")).isEmpty());
    }
}

TEST_CASE("search says how many hits there are and pages through them newest first", "[search]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(
            workspace, QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC));
        // 61 meetings, each with a note and an action about the weight: 122 hits.
        for (int day = 1; day <= 61; ++day) {
            const qint64 meetingId = test::addMeeting(
                workspace, f, QDateTime(QDate(2026, 6, 1).addDays(day), QTime(8, 0), Qt::UTC));
            const qint64 itemId = workspace.meetings().agendaItems(meetingId).first().id;
            MinuteEntry entry;
            entry.agendaItemId = itemId;
            entry.text = QStringLiteral("Vikten kontrollerad, dag %1.").arg(day);
            workspace.minutes().saveEntry(entry, f.helperId);
            Action action;
            action.meetingId = meetingId;
            action.agendaItemId = itemId;
            action.what = QStringLiteral("Väg Greta, vikten antecknas (%1)").arg(day);
            action.responsibleId = f.nurseId;
            workspace.actions().create(action, f.chairId);
        }
        auto &search = workspace.search();
        CHECK(search.count(QStringLiteral("vikt")) == 122);
        CHECK(search.count(QStringLiteral("vikt"), {f.unitId + 1000}) == 0);
        CHECK(search.count(QStringLiteral("zebra")) == 0);
        // Counted up to a limit: above it one more than the limit ("more
        // than"), whichever sources the hits are in (61 notes, 61 actions).
        CHECK(search.count(QStringLiteral("vikt"), {}, 122) == 122);
        CHECK(search.count(QStringLiteral("vikt"), {}, 121) == 122);
        CHECK(search.count(QStringLiteral("vikt"), {}, 100) == 101);
        CHECK(search.count(QStringLiteral("vikt"), {}, 40) == 41);
        CHECK(search.count(QStringLiteral("vikt"), {f.unitId}, 40) == 41);
        CHECK(search.count(QStringLiteral("vikt"), {f.unitId + 1000}, 40) == 0);

        QList<SearchHit> all;
        QSet<QPair<int, qint64>> seen;
        for (int offset = 0; offset < 200; offset += kSearchPageSize) {
            const auto page = search.search(QStringLiteral("vikt"), {}, kSearchPageSize, offset);
            CHECK(page.size() == qBound(0, 122 - offset, kSearchPageSize));
            all += page;
        }
        REQUIRE(all.size() == 122);
        for (int i = 0; i < all.size(); ++i) {
            seen.insert({int(all.at(i).kind), all.at(i).rowId});
            if (i > 0)
                CHECK(all.at(i - 1).meetingStartUtc >= all.at(i).meetingStartUtc);
        }
        CHECK(seen.size() == 122); // no hit twice across pages
        CHECK(all.first().meetingStartUtc.date() == QDate(2026, 8, 1));
        CHECK(all.last().meetingStartUtc.date() == QDate(2026, 6, 2));
    }
}
