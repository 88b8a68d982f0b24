// The program as started from a terminal: its help in Swedish, and the
// Swedish locale whatever the environment says.
#include <catch2/catch.hpp>

#include "support/VisibleText.h"

#include <QDate>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

TEST_CASE("teamforum --help is in Swedish", "[look][startup]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // An English environment: the help is Swedish all the same.
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TEAMFORUM_APP_PATH), {option});
        REQUIRE(process.waitForFinished(120000));
        CHECK(process.exitCode() == 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        INFO(help.toStdString());
        CHECK(help.contains(QStringLiteral("Användning:")));
        CHECK(help.contains(QStringLiteral("--database")));
        CHECK(help.contains(QStringLiteral("--help")));
        CHECK_FALSE(help.contains(QStringLiteral("Displays")));
        CHECK_FALSE(help.contains(QStringLiteral("Qt specific")));
        CHECK_FALSE(help.contains(QStringLiteral("Options:")));
        // The options' own names (--help, --database) are what the user types.
        QString words = help;
        words.remove(QRegularExpression(QStringLiteral("-[-\\w]+")));
        const QStringList english = tf::test::englishWords(words.split(QLatin1Char('\n')));
        INFO(english.join(QLatin1Char('\n')).toStdString());
        CHECK(english.isEmpty());
    }
}

TEST_CASE("the system locale is Swedish whatever the environment", "[look][startup]")
{
    // The test main makes the same call as the program before its
    // application object, over the environment the tests run in.
    CHECK(QLocale::system().name() == QStringLiteral("sv_SE"));
    CHECK(QLocale::system().toString(QDate(2026, 3, 4), QLocale::ShortFormat)
        == QStringLiteral("2026-03-04"));
    CHECK(QLocale::system().formattedDataSize(807) == QStringLiteral("807 byte"));
    // Programs started from here (a PDF viewer, a database server) get the
    // environment's own locale, not one this computer may lack.
    QProcess child;
    child.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo \"$LC_ALL\"")});
    REQUIRE(child.waitForFinished(30000));
    CHECK(child.readAllStandardOutput().trimmed() != QByteArray("sv_SE.UTF-8"));
}
