// The retention plan: every client's newest entry across all their data and
// what the rule says of it, on both engines.
#include <catch2/catch.hpp>

#include "domain/Client.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/retention/RetentionPlan.h"
#include "storage/AccessLogRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/UnitRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace tf;

namespace {
const RetentionPlanEntry *entryOf(const QList<RetentionPlanEntry> &plan, qint64 clientId)
{
    for (const RetentionPlanEntry &entry : plan) {
        if (entry.clientId == clientId)
            return &entry;
    }
    return nullptr;
}
} // namespace

TEST_CASE("the retention plan decides on the person's newest entry in any record", "[retention]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Workspace workspace(backend.spec);
            workspace.open();
            const auto fixture = test::makeMinutesFixture(workspace);
            // The same person served earlier by another record, untouched
            // since 2015 (registered twice before a personnummer was one
            // client, so merged into the current one by migration 029), and
            // someone else, untouched since 2015 too.
            Unit homeCare;
            homeCare.serviceType = ServiceType::OrdinartBoende;
            homeCare.name = QStringLiteral("Hemtjänst Väster");
            const Client person = *workspace.clients().byId(fixture.clientId);
            Query merged(workspace.database(),
                QStringLiteral(
                    "INSERT INTO client (uuid, unit_id, personnummer, name, merged_into, "
                    "updated_at) VALUES ('earlier', ?, ?, ?, ?, 'x') RETURNING id"));
            merged.bind(workspace.units().create(homeCare, fixture.chairId))
                .bind(person.personnummer)
                .bind(person.name)
                .bind(person.id);
            const qint64 earlierId = merged.execReturningId();
            Client other;
            other.unitId = fixture.unitId;
            other.name = QStringLiteral("Olle Olsson");
            other.personnummer = QStringLiteral("19300316-1232");
            const qint64 otherId = workspace.clients().create(other, fixture.chairId);
            Query old(workspace.database(),
                QStringLiteral("UPDATE client SET updated_at = ? WHERE id IN (?, ?)"));
            old.bind(QStringLiteral("2015-03-01T10:00:00Z")).bind(earlierId).bind(otherId).exec();

            const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
            const auto plan = retentionPlan(workspace, CareProvider::Municipal, today);
            const RetentionPlanEntry *current = entryOf(plan, fixture.clientId);
            const RetentionPlanEntry *sameAsCurrent = entryOf(plan, earlierId);
            const RetentionPlanEntry *untouched = entryOf(plan, otherId);
            REQUIRE(current);
            REQUIRE(sameAsCurrent);
            REQUIRE(untouched);
            CHECK(current->lastEntry == today);
            CHECK(current->verdict.decision == RetentionDecision::Keep);
            CHECK(sameAsCurrent->lastEntry == today);
            CHECK(sameAsCurrent->verdict.decision == RetentionDecision::Keep);
            CHECK(untouched->lastEntry == QDate(2015, 3, 1));
            CHECK(untouched->verdict.decision == RetentionDecision::Purge);
            CHECK(untouched->verdict.dueDate == QDate(2020, 3, 1));

            // Six years on, the first person is due as well.
            const auto later = retentionPlan(workspace, CareProvider::Municipal, today.addYears(6));
            CHECK(entryOf(later, fixture.clientId)->verdict.decision == RetentionDecision::Purge);

            AccessLogFilter filter;
            filter.clientId = otherId;
            const auto reads = workspace.accessLog().find(filter);
            REQUIRE_FALSE(reads.isEmpty());
            CHECK(reads.first().kind == AccessKind::Retention);
            CHECK(reads.first().purpose == QStringLiteral("gallring"));
        }
    }
}

TEST_CASE("cli retention plan lists every client with its decision", "[retention][cli]")
{
    const test::TestBackend backend = test::sqliteBackend();
    {
        Workspace workspace(backend.spec);
        workspace.open();
        test::makeMinutesFixture(workspace);
    }
    QProcess process;
    process.start(QStringLiteral(TEAMFORUM_CLI_PATH),
        {QStringLiteral("--database"), backend.spec.path, QStringLiteral("retention"),
            QStringLiteral("plan"), QStringLiteral("--as-of"), QStringLiteral("2099-01-01")});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const QJsonArray plan = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    REQUIRE(plan.size() == 1);
    const QJsonObject entry = plan.first().toObject();
    CHECK(entry.value(QStringLiteral("name")).toString() == QStringLiteral("Greta Gransson"));
    CHECK(entry.value(QStringLiteral("decision")).toString() == QStringLiteral("purge"));
    CHECK(entry.value(QStringLiteral("lastEntry")).toString().size() == 10);

    QProcess bad;
    bad.start(QStringLiteral(TEAMFORUM_CLI_PATH),
        {QStringLiteral("--database"), backend.spec.path, QStringLiteral("retention"),
            QStringLiteral("plan"), QStringLiteral("--as-of"), QStringLiteral("igår")});
    REQUIRE(bad.waitForFinished(60000));
    CHECK(bad.exitCode() == 2);
    CHECK(QString::fromUtf8(bad.readAllStandardError()).contains(QStringLiteral("ÅÅÅÅ-MM-DD")));
}
