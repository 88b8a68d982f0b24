// Every command that takes a unit, a meeting or a period refuses a value
// that names nothing or makes no sense, in Swedish and with a non-zero exit:
// a script must never take an empty list for an answer.
#include <catch2/catch.hpp>

#include "support/CliRun.h"
#include "support/RobustnessReport.h"
#include "support/TestBackends.h"

#include <QJsonObject>
#include <QTemporaryDir>

using tf::test::runCli;

namespace {
struct BadCase
{
    QStringList arguments;
    int exitCode;
    QString message;
};
} // namespace

TEST_CASE("cli commands refuse a unit or meeting that does not exist, a malformed id and a "
          "reversed period",
    "[cli][robust]")
{
    const auto backend = tf::test::sqliteBackend();
    const QStringList database {QStringLiteral("--database"), backend.spec.path};
    const auto added = runCli(QStringList(database)
        << QStringLiteral("add-unit") << QStringLiteral("--service-type")
        << QStringLiteral("ordinart_boende") << QStringLiteral("--name")
        << QStringLiteral("Hemtjänst öst"));
    REQUIRE(added.exitCode == 0);
    const QString unit
        = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("protokoll.pdf"));

    const QString noUnit = QStringLiteral("ingen enhet med id 999");
    const QString notAnId = QStringLiteral("positivt heltal");
    const QString reversed = QStringLiteral("får inte vara före --from");
    const QList<BadCase> cases = {
        {{"meetings", "--unit", "999", "--from", "2027-01-01", "--to", "2027-12-31"}, 1, noUnit},
        {{"meetings", "--unit", "abc", "--from", "2027-01-01", "--to", "2027-12-31"}, 2, notAnId},
        {{"meetings", "--unit", unit, "--from", "2027-02-01", "--to", "2027-01-31"}, 2, reversed},
        {{"actions", "--unit", "999"}, 1, noUnit},
        {{"actions", "--unit", "abc"}, 2, notAnId},
        {{"actions", "--unit", "-3"}, 2, notAnId},
        {{"search", "--unit", "999", "fallrisk"}, 1, noUnit},
        {{"search", "--unit", "abc", "fallrisk"}, 2, notAnId},
        {{"minutes", "--meeting", "999"}, 1, QStringLiteral("Mötet 999 finns inte")},
        {{"minutes", "--meeting", "abc"}, 2, notAnId},
        {{"export-minutes", "--meeting", "999", "--pdf", pdf}, 1,
            QStringLiteral("Mötet 999 finns inte")},
        {{"schedule", "--unit", "999", "--forum", "teammote", "--start", "2027-01-04", "--time",
             "13:00"},
            1, noUnit},
        {{"schedule", "--unit", "abc", "--forum", "teammote", "--start", "2027-01-04", "--time",
             "13:00"},
            2, notAnId},
        {{"export-ics", "--series", "999"}, 1, QStringLiteral("ingen mötesserie med id 999")},
        {{"access-log", "--from", "2027-02-01", "--to", "2027-01-31"}, 2, reversed},
        {{"access-log", "--person", "abc"}, 2, notAnId},
        {{"access-log", "--person", "999"}, 1, QStringLiteral("ingen person med id 999")},
    };
    int refused = 0;
    for (const BadCase &bad : cases) {
        INFO(bad.arguments.join(QLatin1Char(' ')).toStdString());
        const auto run = runCli(QStringList(database) << bad.arguments);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == bad.exitCode);
        CHECK(run.err.contains(bad.message));
        CHECK(run.out.isEmpty());
        refused
            += run.exitCode == bad.exitCode && run.err.contains(bad.message) && run.out.isEmpty();
    }
    CHECK_FALSE(QFile::exists(pdf));
    tf::test::reportRobustness(
        QStringLiteral("CLI: unknown unit or meeting, bad id, reversed period"),
        static_cast<int>(cases.size()), refused);
}
