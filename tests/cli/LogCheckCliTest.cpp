// `teamforum-cli access-log check | save-check | checks | overdue`, run as
// the real binary on both engines.
#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace tf;

namespace {
struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

Run accessLog(const test::TestBackend &backend, qint64 asPerson, const QStringList &arguments,
    const QByteArray &input = {})
{
    const bool sqlite = backend.spec.engine == ConnectionSpec::Engine::Sqlite;
    QStringList all {QStringLiteral("--database"), sqlite ? backend.spec.path : backend.url};
    // On PostgreSQL the login is the person: the test's owner login.
    if (sqlite && asPerson)
        all << QStringLiteral("--as") << QString::number(asPerson);
    QProcess process;
    process.start(QStringLiteral(TEAMFORUM_CLI_PATH),
        all + QStringList {QStringLiteral("access-log")} + arguments);
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(),
        QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject unitLine(const QJsonObject &json, const QString &list, qint64 unitId)
{
    for (const QJsonValue &value : json.value(list).toArray()) {
        if (value.toObject().value(QStringLiteral("unit")).toInteger() == unitId)
            return value.toObject();
    }
    return {};
}
} // namespace

TEST_CASE("cli access-log check prepares, saves and sums up a loggkontroll", "[logcheck][cli]")
{
    const QDate last = stockholmDate(QDateTime::currentDateTimeUtc()).addMonths(-1);
    const QString month = last.toString(QStringLiteral("yyyy-MM"));
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        test::TeamFixture team;
        qint64 chief = 0;
        qint64 emptyUnit = 0;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            team = test::makeTeam(workspace);
            Person person;
            person.name = QStringLiteral("Karin Chef");
            person.role = QStringLiteral("Enhetschef");
            chief = workspace.people().create(person, team.leadId);
            person = {};
            person.name = QStringLiteral("Olle Utanför");
            const qint64 outsider = workspace.people().create(person, team.leadId);
            QList<AccessLogEntry> entries;
            for (int i = 0; i < 6; ++i) {
                AccessLogEntry e;
                e.accessedUtc
                    = QDateTime(QDate(last.year(), last.month(), 10), QTime(8 + i, 0), Qt::UTC);
                e.personId = i == 0 ? outsider : team.nurseId;
                e.clientId = team.clientId;
                e.kind = AccessKind::RiskHistory;
                e.purpose = accessPurposeKey(AccessPurpose::BeforeMeeting);
                entries << e;
            }
            workspace.accessLog().record(entries);
            Unit empty;
            empty.name = QStringLiteral("Tomma huset");
            emptyUnit = workspace.units().create(empty, team.leadId);
        }
        const QString unit = QString::number(team.unitId);

        Run run = accessLog(backend, chief, {QStringLiteral("overdue")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json.value(QStringLiteral("month")).toString() == month);
        CHECK_FALSE(unitLine(run.json, QStringLiteral("overdue"), team.unitId).isEmpty());
        // A unit nobody's clients were read in has nothing to check, said apart.
        CHECK(unitLine(run.json, QStringLiteral("overdue"), emptyUnit).isEmpty());
        CHECK(unitLine(run.json, QStringLiteral("nothingToCheck"), emptyUnit)
                  .value(QStringLiteral("unitName"))
                  .toString()
            == QStringLiteral("Tomma huset"));
        CHECK(unitLine(run.json, QStringLiteral("nothingToCheck"), team.unitId).isEmpty());

        run = accessLog(backend, chief,
            {QStringLiteral("check"), QStringLiteral("--unit"), unit, QStringLiteral("--month"),
                month, QStringLiteral("--sample"), QStringLiteral("2")});
        REQUIRE(run.exitCode == 0);
        QJsonObject check = run.json;
        QJsonArray rows = check.value(QStringLiteral("rows")).toArray();
        REQUIRE(rows.size() == 3);
        CHECK(rows.at(0).toObject().value(QStringLiteral("reason")).toString()
            == QStringLiteral("no_care_relation"));
        CHECK(rows.at(0).toObject().value(QStringLiteral("personName")).toString()
            == QStringLiteral("Olle Utanför"));
        CHECK_FALSE(QJsonDocument(check).toJson().contains("Greta"));

        // Judged on standard input; a judgement that is no judgement is refused.
        QJsonObject bad = rows.at(0).toObject();
        bad.insert(QStringLiteral("judgement"), QStringLiteral("okej"));
        rows.replace(0, bad);
        check.insert(QStringLiteral("rows"), rows);
        const QStringList save {QStringLiteral("save-check"), QStringLiteral("--unit"), unit,
            QStringLiteral("--month"), month, QStringLiteral("--judgements"), QStringLiteral("-")};
        run = accessLog(backend, chief, save, QJsonDocument(check).toJson());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("no_remark")));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            row.insert(QStringLiteral("judgement"),
                i == 0 ? QStringLiteral("investigate") : QStringLiteral("no_remark"));
            row.insert(
                QStringLiteral("note"), i == 0 ? QStringLiteral("Utreds med Olle.") : QString());
            rows.replace(i, row);
        }
        check.insert(QStringLiteral("rows"), rows);
        run = accessLog(backend, chief, save, QJsonDocument(check).toJson());
        REQUIRE(run.exitCode == 0);
        CHECK(run.json.value(QStringLiteral("id")).toInteger() > 0);
        CHECK(run.json.value(QStringLiteral("rows")).toArray().size() == 3);
        if (backend.spec.engine == ConnectionSpec::Engine::Sqlite)
            CHECK(run.json.value(QStringLiteral("reviewerId")).toInteger() == chief);

        run = accessLog(backend, chief, {QStringLiteral("overdue")});
        REQUIRE(run.exitCode == 0);
        CHECK(unitLine(run.json, QStringLiteral("overdue"), team.unitId).isEmpty());

        run = accessLog(backend, chief,
            {QStringLiteral("checks"), QStringLiteral("--year"), QString::number(last.year())});
        REQUIRE(run.exitCode == 0);
        const QJsonObject line = unitLine(run.json, QStringLiteral("units"), team.unitId);
        CHECK(line.value(QStringLiteral("checks")).toInt() == 1);
        CHECK(line.value(QStringLiteral("rowsReviewed")).toInt() == 3);
        CHECK(line.value(QStringLiteral("toInvestigate")).toInt() == 1);

        // Refusals, in Swedish.
        run = accessLog(backend, chief,
            {QStringLiteral("check"), QStringLiteral("--unit"), unit, QStringLiteral("--month"),
                QStringLiteral("2026-13")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("ÅÅÅÅ-MM")));
        run = accessLog(
            backend, chief, {QStringLiteral("check"), QStringLiteral("--month"), month});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--unit")));
        run = accessLog(backend, chief,
            {QStringLiteral("checks"), QStringLiteral("--year"), QStringLiteral("i år")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("årtal")));
        run = accessLog(backend, chief, {QStringLiteral("kontroll")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("save-check")));
        run = accessLog(backend, chief,
            {QStringLiteral("check"), QStringLiteral("--unit"), QStringLiteral("999999"),
                QStringLiteral("--month"), month});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("ingen enhet")));
        run = accessLog(backend, chief, save, QByteArrayLiteral("inte json"));
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Bedömningsfilen")));
        if (backend.spec.engine == ConnectionSpec::Engine::Sqlite) {
            run = accessLog(backend, team.nurseId, {QStringLiteral("overdue")});
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("enhetschefen")));
        }
    }
}
