// `teamforum-cli risk score`, run as a script would.
#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run riskScore(
    const QString &instrument, const QString &answersPath, const QByteArray &stdinData = {})
{
    QProcess process;
    process.start(QStringLiteral(TEAMFORUM_CLI_PATH),
        {QStringLiteral("risk"), QStringLiteral("score"), QStringLiteral("--instrument"),
            instrument, QStringLiteral("--answers"), answersPath});
    process.write(stdinData);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput().trimmed(),
        QString::fromUtf8(process.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content,
    const QString &name = QStringLiteral("answers.json"))
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}
} // namespace

TEST_CASE("cli risk score reads answers from a file", "[risk][cli]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, R"({"previousFalls":true,"medications":["sedatives"],
        "sensoryDeficits":["vision"],"confused":false,"gait":"unable"})");
    const Run run = riskScore(QStringLiteral("downton"), path);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == R"({"score":3,"risk":true,"level":"risk"})");
}

TEST_CASE("cli risk score reads answers from standard input", "[risk][cli]")
{
    Run run = riskScore(QStringLiteral("mnasf"), QStringLiteral("-"),
        R"({"foodIntake":1,"weightLoss":2,"mobility":2,"stressOrAcuteDisease":2,
                            "neuropsychological":2,"calfCm":29})");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == R"({"score":9,"risk":true,"level":"at_risk"})");

    run = riskScore(QStringLiteral("skl_fall"), QStringLiteral("-"),
        R"({"fallenLastYear":false,"judgedAtRisk":false})");
    REQUIRE(run.exitCode == 0);
    const QJsonObject skl = QJsonDocument::fromJson(run.out).object();
    CHECK(skl.value(QStringLiteral("score")).isNull());
    CHECK(skl.value(QStringLiteral("risk")) == false);
    CHECK(skl.value(QStringLiteral("level")) == QStringLiteral("no_risk"));
    CHECK_FALSE(skl.contains(QStringLiteral("referral")));

    run = riskScore(QStringLiteral("roag"), QStringLiteral("-"),
        R"({"voice":1,"lips":2,"mucosa":1,"tongue":1,"gums":3,"teeth":1,"dentures":0,
                        "saliva":1,"swallowing":1})");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == R"({"score":null,"risk":true,"level":"risk","referral":true})");

    run = riskScore(QStringLiteral("norton"), QStringLiteral("-"),
        R"({"mentalState":4,"physicalActivity":4,"mobility":4,"foodIntake":4,
                        "fluidIntake":4,"incontinence":4,"generalCondition":4})");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == R"({"score":28,"risk":false,"level":"no_risk"})");

    run = riskScore(QStringLiteral("skr_nutrition"), QStringLiteral("-"),
        R"({"unintendedWeightLoss":false,"eatingDifficulties":false,"bmi":21,"age":75})");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == R"({"score":null,"risk":true,"level":"risk"})");
}

TEST_CASE("cli risk score refuses bad answers with the item named", "[risk][cli]")
{
    Run run = riskScore(QStringLiteral("norton"), QStringLiteral("-"),
        R"({"mentalState":4,"physicalActivity":9,"mobility":4,"foodIntake":4,
                            "fluidIntake":4,"incontinence":4,"generalCondition":4})");
    CHECK(run.exitCode != 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("physicalActivity")));

    run = riskScore(QStringLiteral("downton"), QStringLiteral("-"),
        R"({"previousFalls":true,"medications":[],"sensoryDeficits":[],"confused":false})");
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("gait")));

    run = riskScore(QStringLiteral("downton"), QStringLiteral("-"), "{\"previousFalls\": tru");
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("JSON")));

    run = riskScore(QStringLiteral("braden"), QStringLiteral("-"), "{}");
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("braden")));

    run = riskScore(QStringLiteral("downton"), QStringLiteral("/nonexistent/answers.json"));
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("/nonexistent/answers.json")));
}

TEST_CASE("cli risk score explains bad answer files in Swedish", "[risk][cli]")
{
    QTemporaryDir dir;
    struct Case
    {
        QString path;
        QString expected;
    };
    const QList<Case> cases = {
        {dir.path(), QStringLiteral("är en mapp")},
        {dir.filePath(QStringLiteral("saknas.json")), QStringLiteral("finns inte")},
        {writeFile(dir, "{\"previousFalls\": tru}", QStringLiteral("tru.json")),
            QStringLiteral("ogiltigt värde")},
        {writeFile(dir, QByteArray(5000, '[') + QByteArray(5000, ']'), QStringLiteral("deep.json")),
            QStringLiteral("för djupt nästlat")},
    };
    for (const Case &c : cases) {
        const Run run = riskScore(QStringLiteral("downton"), c.path);
        INFO(run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(c.expected));
        for (const char *english : {"illegal", "nested", "directory", "No such file"})
            CHECK_FALSE(run.err.contains(QLatin1String(english)));
    }
}
