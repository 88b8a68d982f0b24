// The access log on every engine: reads recorded through the service with
// who, when, which client and why; entries never changed; the queries a
// loggkontroll makes.
#include <catch2/catch.hpp>

#include "domain/Meeting.h"
#include "domain/Person.h"
#include "domain/StorageError.h"
#include "domain/Unit.h"
#include "services/AccessLogger.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "storage/UnitRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QSet>

using namespace tf;

namespace {
struct LogScene
{
    test::TeamFixture team;
    qint64 outsiderId = 0; // no role for the client, never in its unit's meetings
};

LogScene makeLogScene(Workspace &workspace)
{
    LogScene scene;
    scene.team = test::makeTeam(workspace);
    Person outsider;
    outsider.name = QStringLiteral("Olle Utanför");
    outsider.profession = QStringLiteral("Undersköterska");
    scene.outsiderId = workspace.people().create(outsider, scene.team.leadId);
    return scene;
}

AccessLogEntry entryAt(qint64 person, qint64 client, const QDateTime &when)
{
    AccessLogEntry e;
    e.accessedUtc = when;
    e.personId = person;
    e.clientId = client;
    e.kind = AccessKind::ClientRecord;
    e.purpose = accessPurposeKey(AccessPurpose::MyClients);
    return e;
}

QList<AccessLogEntry> ofClient(Workspace &workspace, qint64 clientId)
{
    AccessLogFilter filter;
    filter.clientId = clientId;
    return workspace.accessLog().find(filter);
}
} // namespace

TEST_CASE(
    "a read through the service is logged with who, when, which client and why", "[accesslog]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const LogScene scene = makeLogScene(workspace);
        const qint64 client = scene.team.clientId;
        workspace.setActorId(scene.team.nurseId);
        CHECK(ofClient(workspace, client).isEmpty());

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        workspace.accessLogger().clientRead(
            client, AccessKind::RiskHistory, AccessPurpose::BeforeMeeting, 0);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        auto entries = ofClient(workspace, client);
        REQUIRE(entries.size() == 1);
        const AccessLogEntry &e = entries.first();
        CHECK(e.personId == scene.team.nurseId);
        CHECK(e.clientId == client);
        CHECK(e.kind == AccessKind::RiskHistory);
        CHECK(e.purpose == QStringLiteral("before_meeting"));
        CHECK(e.meetingId == 0);
        CHECK(e.accessedUtc >= before);
        CHECK(e.accessedUtc <= after);
        CHECK(e.careRelation); // the client's own nurse

        // A view refreshed: the same read is not logged again at once; a
        // different read is.
        workspace.accessLogger().clientRead(
            client, AccessKind::RiskHistory, AccessPurpose::BeforeMeeting, 0);
        CHECK(ofClient(workspace, client).size() == 1);
        workspace.accessLogger().clientsRead(
            {client, client, 0}, AccessKind::Minutes, AccessPurpose::MeetingMode, 0);
        entries = ofClient(workspace, client);
        REQUIRE(entries.size() == 2);
        CHECK(entries.first().kind == AccessKind::Minutes);

        // Someone else reading the same client is their own entry.
        workspace.setActorId(scene.outsiderId);
        workspace.accessLogger().clientRead(
            client, AccessKind::RiskHistory, AccessPurpose::BeforeMeeting, 0);
        entries = ofClient(workspace, client);
        REQUIRE(entries.size() == 3);
        CHECK(entries.first().personId == scene.outsiderId);
        CHECK_FALSE(entries.first().careRelation);
    }
}

TEST_CASE("access-log entries can be added but never changed", "[accesslog]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const LogScene scene = makeLogScene(workspace);
        const QDateTime when(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        workspace.accessLog().record(entryAt(scene.outsiderId, scene.team.clientId, when));
        const auto entries = ofClient(workspace, scene.team.clientId);
        REQUIRE(entries.size() == 1);

        // The repository has no way to change an entry, and the schema
        // refuses one made in plain SQL.
        Query update(workspace.database(),
            QStringLiteral("UPDATE access_log SET person_id = ? WHERE id = ?"));
        update.bind(scene.team.nurseId).bind(entries.first().id);
        CHECK_THROWS_AS(update.exec(), StorageError);
        const auto after = ofClient(workspace, scene.team.clientId);
        REQUIRE(after.size() == 1);
        CHECK(after.first().personId == scene.outsiderId);
        CHECK(after.first().accessedUtc == when);
    }
}

TEST_CASE("the loggkontroll finds reads by client, person, period and care relation", "[accesslog]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const LogScene scene = makeLogScene(workspace);
        const qint64 client = scene.team.clientId;
        const QDateTime march(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        QList<AccessLogEntry> entries;
        for (int day = 0; day < 40; ++day)
            entries << entryAt(scene.team.nurseId, client, march.addDays(day).addSecs(9 * 3600));
        entries << entryAt(scene.outsiderId, client, march.addDays(10).addSecs(15 * 3600));
        workspace.accessLog().record(entries);

        AccessLogFilter filter;
        filter.clientId = client;
        CHECK(workspace.accessLog().count(filter) == 41);
        filter.fromUtc = march;
        filter.toUtc = march.addMonths(1);
        CHECK(workspace.accessLog().count(filter) == 32);
        filter.limit = 5;
        const auto newest = workspace.accessLog().find(filter);
        REQUIRE(newest.size() == 5);
        CHECK(newest.first().accessedUtc == march.addDays(30).addSecs(9 * 3600));
        CHECK(newest.first().accessedUtc > newest.last().accessedUtc);

        filter = AccessLogFilter();
        filter.personId = scene.outsiderId;
        const auto byPerson = workspace.accessLog().find(filter);
        REQUIRE(byPerson.size() == 1);
        CHECK(byPerson.first().clientId == client);

        filter = AccessLogFilter();
        filter.withoutCareRelationOnly = true;
        const auto suspicious = workspace.accessLog().find(filter);
        REQUIRE(suspicious.size() == 1);
        CHECK(suspicious.first().personId == scene.outsiderId);
        CHECK_FALSE(suspicious.first().careRelation);
    }
}

// A loggkontroll is of one unit, whose participants it reads as one set;
// the log of all units searches each reader's meetings. Both must say the
// same: a meeting of the client's own unit makes a care relation, a meeting
// of another unit does not.
TEST_CASE("a meeting of the client's unit makes a care relation, one of another unit does not",
    "[accesslog]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const LogScene scene = makeLogScene(workspace);
        const qint64 lead = scene.team.leadId;
        Person visitor;
        visitor.name = QStringLiteral("Vera Vikarie");
        const qint64 visitorId = workspace.people().create(visitor, lead);
        Unit other;
        other.name = QStringLiteral("Ekbacken");
        other.serviceType = ServiceType::Sabo;
        const qint64 otherUnit = workspace.units().create(other, lead);
        const QDate day(2026, 3, 2);
        Participant inOwnUnit;
        inOwnUnit.meetingId
            = test::makeForumMeeting(workspace, scene.team.unitId, "teammote", day, lead);
        inOwnUnit.personId = visitorId;
        workspace.meetings().setParticipant(inOwnUnit, lead);
        Participant inOtherUnit;
        inOtherUnit.meetingId = test::makeForumMeeting(workspace, otherUnit, "teammote", day, lead);
        inOtherUnit.personId = scene.outsiderId;
        workspace.meetings().setParticipant(inOtherUnit, lead);

        const QDateTime march(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
        const qint64 client = scene.team.clientId;
        workspace.accessLog().record(
            {entryAt(visitorId, client, march), entryAt(scene.outsiderId, client, march)});

        AccessLogFilter everyUnit;
        everyUnit.withoutCareRelationOnly = true;
        AccessLogFilter oneUnit = everyUnit;
        oneUnit.unitId = scene.team.unitId;
        for (const AccessLogFilter &filter : {everyUnit, oneUnit}) {
            INFO("one unit: " << (filter.unitId != 0));
            const auto without = workspace.accessLog().find(filter);
            REQUIRE(without.size() == 1);
            CHECK(without.first().personId == scene.outsiderId);
            AccessLogFilter with = filter;
            with.withoutCareRelationOnly = false;
            with.withCareRelationOnly = true;
            const auto withRelation = workspace.accessLog().find(with);
            REQUIRE(withRelation.size() == 1);
            CHECK(withRelation.first().personId == visitorId);
            CHECK(withRelation.first().careRelation);
            CHECK(workspace.accessLog().count(with) == 1);
            CHECK(workspace.accessLog().sample(with, 5).size() == 1);
        }
    }
}

TEST_CASE("a stickprov draws distinct entries of the period, oldest first", "[accesslog]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const LogScene scene = makeLogScene(workspace);
        const QDateTime start(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC);
        QList<AccessLogEntry> entries;
        for (int i = 0; i < 60; ++i)
            entries << entryAt(scene.team.nurseId, scene.team.clientId, start.addSecs(3600 * i));
        workspace.accessLog().record(entries);

        AccessLogFilter period;
        period.fromUtc = start.addSecs(3600 * 10);
        period.toUtc = start.addSecs(3600 * 50);
        QSet<qint64> drawn;
        for (int round = 0; round < 5; ++round) {
            const auto sample = workspace.accessLog().sample(period, 8);
            REQUIRE(sample.size() == 8);
            QSet<qint64> ids;
            for (int i = 0; i < sample.size(); ++i) {
                const AccessLogEntry &e = sample.at(i);
                CHECK(e.accessedUtc >= period.fromUtc);
                CHECK(e.accessedUtc < period.toUtc);
                if (i > 0)
                    CHECK(sample.at(i - 1).accessedUtc <= e.accessedUtc);
                ids.insert(e.id);
                drawn.insert(e.id);
            }
            CHECK(ids.size() == 8);
        }
        // Random: five samples of 8 out of 40 are not all the same eight.
        CHECK(drawn.size() > 8);
        CHECK(workspace.accessLog().sample(period, 100).size() == 40);
    }
}
