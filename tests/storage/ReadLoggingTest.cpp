// The services that return clients' data log the read themselves, on every
// engine, whoever calls them: the search, the minutes and the loggkontroll.
#include <catch2/catch.hpp>

#include "services/AccessLogReview.h"
#include "services/AccessLogger.h"
#include "services/MinutesDocument.h"
#include "services/MinutesSearch.h"
#include "services/Workspace.h"
#include "services/minutes/MinutesPages.h"
#include "storage/AccessLogRepository.h"
#include "storage/ActionRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
QList<AccessLogEntry> readsOf(Workspace &workspace, qint64 clientId)
{
    AccessLogFilter filter;
    filter.clientId = clientId;
    return workspace.accessLog().find(filter);
}
} // namespace

TEST_CASE("a search logs the clients its hits are about", "[accesslog][search]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        workspace.setActorId(f.helperId);
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.at(1);
        entry.text = QStringLiteral("Greta behöver nutritionsbedömning.");
        workspace.minutes().saveEntry(entry, f.helperId);
        Action action;
        action.meetingId = f.meetingId;
        action.clientId = f.clientId;
        action.what = QStringLiteral("Boka nutritionsbedömning");
        action.responsibleId = f.nurseId;
        workspace.actions().create(action, f.chairId);

        CHECK(
            searchMinutes(workspace, QStringLiteral("zebra"), {}, AccessPurpose::Search).isEmpty());
        CHECK(readsOf(workspace, f.clientId).isEmpty());
        const auto hits
            = searchMinutes(workspace, QStringLiteral("nutrition"), {}, AccessPurpose::Search);
        REQUIRE(hits.size() == 2);
        for (const SearchHit &hit : hits)
            CHECK(hit.clientId == f.clientId);
        const auto reads = readsOf(workspace, f.clientId);
        REQUIRE(reads.size() == 1); // one entry per client, however many hits
        CHECK(reads.first().kind == AccessKind::Search);
        CHECK(reads.first().purpose == QStringLiteral("search"));
        CHECK(reads.first().personId == f.helperId);
    }
}

TEST_CASE("reading a meeting's minutes logs the clients they name", "[accesslog][minutes]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        workspace.setActorId(f.chairId);
        const MinutesDocument document
            = loadMinutesDocument(workspace, f.meetingId, AccessPurpose::CommandLine);
        CHECK(document.items.size() == 3);
        const auto reads = readsOf(workspace, f.clientId);
        REQUIRE(reads.size() == 1);
        CHECK(reads.first().kind == AccessKind::Minutes);
        CHECK(reads.first().purpose == QStringLiteral("command_line"));
        CHECK(reads.first().meetingId == f.meetingId);
        // Read again at once for the same purpose: a refresh, logged once.
        readMinutesPages(workspace, f.meetingId, AccessPurpose::CommandLine);
        CHECK(readsOf(workspace, f.clientId).size() == 1);
    }
}

TEST_CASE("a loggkontroll logs the clients whose entries it lists, after counting", "[accesslog]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        workspace.setActorId(f.nurseId);
        loadMinutesDocument(workspace, f.meetingId, AccessPurpose::MeetingMode);
        workspace.setActorId(f.chairId);
        AccessLogFilter filter;
        filter.clientId = f.clientId;
        const AccessLogReview review = reviewAccessLog(workspace, filter, 0);
        CHECK(review.matching == 1);
        REQUIRE(review.entries.size() == 1);
        const auto reads = readsOf(workspace, f.clientId);
        REQUIRE(reads.size() == 2);
        CHECK(reads.first().kind == AccessKind::AccessLog);
        CHECK(reads.first().purpose == QStringLiteral("loggkontroll"));
        CHECK(reads.first().personId == f.chairId);
        CHECK(workspace.accessLog().verify().ok());
    }
}

TEST_CASE("the reads of one action are logged together when it ends", "[accesslog][minutes]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        workspace.setActorId(f.chairId);
        {
            AccessLogger::Together oneWrite(workspace.accessLogger());
            readMinutesPages(workspace, f.meetingId, AccessPurpose::MeetingMode);
            {
                AccessLogger::Together inner(workspace.accessLogger());
                loadMinutesDocument(workspace, f.meetingId, AccessPurpose::CommandLine);
            }
            CHECK(readsOf(workspace, f.clientId).isEmpty()); // not yet: the action goes on
        }
        const auto reads = readsOf(workspace, f.clientId);
        REQUIRE(reads.size() == 2); // one per purpose, nothing lost
        QStringList purposes {reads.at(0).purpose, reads.at(1).purpose};
        purposes.sort();
        CHECK(purposes
            == QStringList {QStringLiteral("command_line"), QStringLiteral("meeting_mode")});
        CHECK(workspace.accessLog().verify().ok());
    }
}
