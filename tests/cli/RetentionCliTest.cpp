// `teamforum-cli retention decide`, run as a script would.
#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

Run decide(const QStringList &options)
{
    QProcess process;
    process.start(QStringLiteral(TEAMFORUM_CLI_PATH),
        QStringList {QStringLiteral("retention"), QStringLiteral("decide")} + options);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(),
        QString::fromUtf8(process.readAllStandardError())};
}

QStringList options(const QString &personnummer, const QString &lastEntry, const QString &asOf)
{
    return {QStringLiteral("--personnummer"), personnummer, QStringLiteral("--last-entry"),
        lastEntry, QStringLiteral("--as-of"), asOf};
}
} // namespace

TEST_CASE(
    "cli retention decide prints the decision, due date, deadline and reason", "[retention][cli]")
{
    const Run keep = decide(options(
        QStringLiteral("500316-1238"), QStringLiteral("2021-06-10"), QStringLiteral("2026-06-09")));
    INFO(keep.err.toStdString());
    REQUIRE(keep.exitCode == 0);
    CHECK(keep.json.value(QStringLiteral("decision")).toString() == QStringLiteral("keep"));
    CHECK(keep.json.value(QStringLiteral("dueDate")).toString() == QStringLiteral("2026-06-10"));
    CHECK(keep.json.value(QStringLiteral("deadline")).toString() == QStringLiteral("2027-12-31"));
    CHECK_FALSE(keep.json.value(QStringLiteral("reason")).toString().isEmpty());

    const Run purge = decide(options(QStringLiteral("195003161238"), QStringLiteral("2021-06-10"),
        QStringLiteral("2026-06-10")));
    CHECK(purge.json.value(QStringLiteral("decision")).toString() == QStringLiteral("purge"));

    const Run preserve = decide(options(
        QStringLiteral("701075-2397"), QStringLiteral("2015-05-05"), QStringLiteral("2026-01-01")));
    CHECK(preserve.json.value(QStringLiteral("decision")).toString() == QStringLiteral("preserve"));

    const Run privately = decide(options(QStringLiteral("500316-1238"),
                                     QStringLiteral("2024-03-01"), QStringLiteral("2026-03-01"))
        + QStringList {QStringLiteral("--provider"), QStringLiteral("private")});
    CHECK(privately.json.value(QStringLiteral("decision")).toString() == QStringLiteral("purge"));
    CHECK(
        privately.json.value(QStringLiteral("dueDate")).toString() == QStringLiteral("2026-03-01"));
}

TEST_CASE("cli retention decide refuses bad input in Swedish", "[retention][cli]")
{
    const Run badNumber = decide(options(
        QStringLiteral("500316-1239"), QStringLiteral("2021-06-10"), QStringLiteral("2026-06-09")));
    CHECK(badNumber.exitCode != 0);
    CHECK(badNumber.err.contains(QStringLiteral("--personnummer")));
    CHECK(badNumber.json.isEmpty());

    const Run badDate = decide(options(
        QStringLiteral("500316-1238"), QStringLiteral("2021-02-30"), QStringLiteral("2026-06-09")));
    CHECK(badDate.exitCode != 0);
    CHECK(badDate.err.contains(QStringLiteral("ÅÅÅÅ-MM-DD")));

    const Run later = decide(options(
        QStringLiteral("500316-1238"), QStringLiteral("2026-06-10"), QStringLiteral("2026-06-09")));
    CHECK(later.exitCode != 0);
    CHECK(later.err.contains(QStringLiteral("efter")));

    const Run provider = decide(options(QStringLiteral("500316-1238"), QStringLiteral("2021-06-10"),
                                    QStringLiteral("2026-06-09"))
        + QStringList {QStringLiteral("--provider"), QStringLiteral("kommunal")});
    CHECK(provider.exitCode != 0);
    CHECK(provider.err.contains(QStringLiteral("huvudman")));

    const Run missing = decide({QStringLiteral("--personnummer"), QStringLiteral("500316-1238")});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(QStringLiteral("--last-entry")));
}
