// Clients who move, die or whose insats ends: from the end date they leave
// the rotation, the agenda suggestions and Mina kunder; their open actions
// are listed for closing; the end date counts for retention. Both engines.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/care/CareReads.h"
#include "services/retention/RetentionPlan.h"
#include "services/scheduling/AgendaBuilder.h"
#include "services/staff/InsatsEnds.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/Query.h"
#include "storage/SeriesRepository.h"
#include "support/CliRun.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tf;

namespace {
QList<qint64> idsOf(const QList<Client> &clients)
{
    QList<qint64> ids;
    for (const Client &client : clients)
        ids << client.id;
    return ids;
}

QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}
} // namespace

TEST_CASE("a client whose insats ended leaves the rotation and the agenda suggestions", "[movers]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        const qint64 greta = fixture.clientIds.at(0);
        const QDate ends(2027, 1, 4);
        InsatsEnds ends_(workspace);
        const Client ended = ends_.endInsats(greta, ends, QStringLiteral("flyttat"));
        CHECK(ended.insatsEndsOn == ends);
        CHECK(workspace.clients().byId(greta)->insatsEndReason == QStringLiteral("flyttat"));

        Directory &directory = workspace.directory();
        CHECK(idsOf(directory.currentClientsOf(fixture.unitId, ends.addDays(-1))).contains(greta));
        CHECK_FALSE(idsOf(directory.currentClientsOf(fixture.unitId, ends)).contains(greta));
        // Still there to edit, and in history.
        CHECK(idsOf(directory.clientsOf(fixture.unitId)).contains(greta));

        // The first teammöte after the end takes the next two in the
        // rotation; Greta would have been first.
        const auto series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        const qint64 first = workspace.series().meetings(series.id).at(0).meeting.id;
        const auto result = AgendaBuilder(workspace).build(first);
        CHECK(result.rotationClients
            == QList<qint64> {fixture.clientIds.at(1), fixture.clientIds.at(2)});
        for (const AgendaItem &item : workspace.meetings().agendaItems(first))
            CHECK(item.clientId != greta);

        // An unknown reason is refused and nothing changes.
        CHECK_THROWS_AS(ends_.endInsats(fixture.clientIds.at(1), ends, QStringLiteral("semester")),
            StorageError);
        CHECK_FALSE(workspace.clients().byId(fixture.clientIds.at(1))->insatsEndsOn.isValid());
    }
}

TEST_CASE("Mina kunder leaves out an ended client; open actions about them are listed to close",
    "[movers]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        const qint64 greta = fixture.clientIds.at(0);
        for (qint64 id : {greta, fixture.clientIds.at(1)}) {
            Client client = *workspace.clients().byId(id);
            client.contactPersonId = fixture.chairId;
            workspace.clients().save(client, fixture.chairId);
        }
        const QList<qint64> mine = idsOf(readMyClients(workspace));
        CHECK(mine.size() == 2);
        CHECK(mine.contains(greta));

        Action open;
        open.clientId = greta;
        open.responsibleId = fixture.nurseId;
        open.what = QStringLiteral("Ring dottern");
        const qint64 openId = workspace.actions().create(open, fixture.chairId);
        Action done = open;
        done.what = QStringLiteral("Beställ rullator");
        const qint64 doneId = workspace.actions().create(done, fixture.chairId);
        workspace.actions().markDone(*workspace.actions().byId(doneId), fixture.nurseId);

        InsatsEnds ends(workspace);
        // An end in the future keeps her until then.
        ends.endInsats(greta, today().addDays(10), QStringLiteral("avslutad"));
        CHECK(idsOf(readMyClients(workspace)).contains(greta));
        ends.endInsats(greta, today(), QStringLiteral("avlidit"));
        CHECK(idsOf(readMyClients(workspace)) == QList<qint64> {fixture.clientIds.at(1)});

        const QList<Action> listed = ends.openActionsAbout(greta);
        REQUIRE(listed.size() == 1);
        CHECK(listed.first().id == openId);
        CHECK(ends.closeActions({openId}) == 1);
        CHECK(workspace.actions().byId(openId)->status == ActionStatus::Done);
        CHECK(workspace.actions().byId(openId)->doneById == fixture.chairId);
        CHECK(ends.openActionsAbout(greta).isEmpty());

        // Taken back, she is a current client again.
        ends.endInsats(greta, QDate(), QString());
        CHECK(idsOf(readMyClients(workspace)).contains(greta));
        CHECK(workspace.clients().byId(greta)->insatsEndReason.isEmpty());
    }
}

TEST_CASE("the retention plan counts from the end of the insats when it is the latest entry",
    "[movers][retention]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        const qint64 greta = fixture.clientIds.at(0);
        const qint64 ake = fixture.clientIds.at(1);
        InsatsEnds ends(workspace);
        ends.endInsats(greta, QDate(2019, 6, 30), QStringLiteral("flyttat"));
        ends.endInsats(ake, QDate(2019, 6, 30), QStringLiteral("flyttat"));
        // Everything written about Greta is older than her end date; Åke
        // was written about after his.
        Query old(
            workspace.database(), QStringLiteral("UPDATE client SET updated_at = ? WHERE id = ?"));
        old.bind(QStringLiteral("2018-03-01T10:00:00Z")).bind(greta).exec();
        Query later(
            workspace.database(), QStringLiteral("UPDATE client SET updated_at = ? WHERE id = ?"));
        later.bind(QStringLiteral("2020-02-01T10:00:00Z")).bind(ake).exec();

        const auto plan = retentionPlan(workspace, CareProvider::Municipal, QDate(2026, 1, 1));
        QDate gretaLast, akeLast;
        RetentionDecision gretaDecision = RetentionDecision::Keep;
        for (const RetentionPlanEntry &entry : plan) {
            if (entry.clientId == greta) {
                gretaLast = entry.lastEntry;
                gretaDecision = entry.verdict.decision;
            }
            if (entry.clientId == ake)
                akeLast = entry.lastEntry;
        }
        CHECK(gretaLast == QDate(2019, 6, 30));
        CHECK(akeLast == QDate(2020, 2, 1));
        // Five years after 30 June 2019 the obligation has arisen.
        CHECK(gretaDecision == RetentionDecision::Purge);
    }
}

TEST_CASE("cli end-insats sets the end and lists or closes the open actions", "[movers][cli]")
{
    const auto backend = test::sqliteBackend();
    qint64 greta = 0, action = 0;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        greta = fixture.clientIds.at(0);
        Action open;
        open.clientId = greta;
        open.responsibleId = fixture.nurseId;
        open.what = QStringLiteral("Ring dottern");
        action = workspace.actions().create(open, fixture.chairId);
    }
    const QStringList base = {QStringLiteral("--database"), backend.spec.path,
        QStringLiteral("end-insats"), QStringLiteral("--client"), QString::number(greta),
        QStringLiteral("--date"), QStringLiteral("2027-01-04"), QStringLiteral("--reason")};
    const auto bad = test::runCli(base + QStringList {QStringLiteral("semester")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("flyttat, avlidit eller avslutad")));

    const auto listed = test::runCli(base + QStringList {QStringLiteral("flyttat")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonObject result = listed.json().object();
    CHECK(result.value(QStringLiteral("endsOn")).toString() == QStringLiteral("2027-01-04"));
    CHECK(result.value(QStringLiteral("reason")).toString() == QStringLiteral("flyttat"));
    const QJsonArray open = result.value(QStringLiteral("openActions")).toArray();
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).toObject().value(QStringLiteral("id")).toInteger() == action);

    const auto closed = test::runCli(
        base + QStringList {QStringLiteral("flyttat"), QStringLiteral("--close-actions")});
    REQUIRE(closed.exitCode == 0);
    CHECK(closed.json().object().value(QStringLiteral("closedActions")).toArray().size() == 1);
    Workspace workspace(backend.spec);
    workspace.open();
    CHECK(workspace.actions().byId(action)->status == ActionStatus::Done);
}
