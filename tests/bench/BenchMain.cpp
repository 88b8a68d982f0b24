// teamforum_bench --database FILE [--runs N] [--only a,b] [--loaded-postgres
// URL]: measures the figures of targets.md on a generated database, and on
// the same database loaded into PostgreSQL, and prints one JSON object.
#include "ComplianceBench.h"
#include "ConcurrentWritersBench.h"
#include "ImportBench.h"
#include "KeystrokeBench.h"
#include "LogCheckBench.h"
#include "NetworkBench.h"
#include "RawStatements.h"
#include "SchedulingBench.h"
#include "SearchBench.h"
#include "StartupBench.h"
#include "StorageBench.h"
#include "domain/StorageError.h"
#include "services/Identity.h"
#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {
using Wanted = std::function<bool(const char *)>;

// A person the program recognises on this database, as a user would be.
void registerMeasurer(tf::Workspace &workspace)
{
    tf::Identity identity(workspace);
    if (!identity.recognise()) {
        tf::Person person;
        person.name = QStringLiteral("Mätning");
        identity.registerPerson(person);
    }
}

// The figures measured on either engine's copy of the generated database.
QJsonObject measureOnDatabase(
    const QString &location, tf::Workspace &workspace, int runs, const Wanted &wanted)
{
    QJsonObject result;
    if (wanted("start")) {
        const QJsonObject startup = tf::bench::measureStartup(location, runs);
        for (auto it = startup.begin(); it != startup.end(); ++it)
            result.insert(it.key(), it.value());
    }
    if (wanted("open"))
        result.insert(
            QStringLiteral("openMeeting"), tf::bench::measureOpenMeeting(workspace, runs));
    if (wanted("search"))
        result.insert(QStringLiteral("fullTextSearch"), tf::bench::measureSearch(workspace, runs));
    if (wanted("keystroke"))
        result.insert(QStringLiteral("keystrokeToCommit"),
            tf::bench::measureKeystrokeCommit(workspace, runs));
    if (wanted("import"))
        result.insert(QStringLiteral("importEightThousandClients"),
            tf::bench::measureImport(workspace, runs));
    if (wanted("compliance"))
        result.insert(
            QStringLiteral("complianceReport"), tf::bench::measureCompliance(workspace, runs));
    if (wanted("logcheck"))
        result.insert(
            QStringLiteral("logCheckMonth"), tf::bench::measureLogCheckMonth(workspace, runs));
    return result;
}

// Each figure measured on both engines, its median beside the other's.
QJsonObject sideBySide(const QJsonObject &sqlite, const QJsonObject &postgres)
{
    QJsonObject both;
    for (auto it = postgres.begin(); it != postgres.end(); ++it) {
        const QJsonObject there = it.value().toObject();
        const QJsonObject here = sqlite.value(it.key()).toObject();
        if (!there.contains(QStringLiteral("medianMs"))
            || !here.contains(QStringLiteral("medianMs")))
            continue;
        QJsonObject row {{QStringLiteral("sqliteMs"), here.value(QStringLiteral("medianMs"))},
            {QStringLiteral("postgresqlMs"), there.value(QStringLiteral("medianMs"))}};
        if (there.contains(QStringLiteral("targetMs")))
            row.insert(QStringLiteral("targetMs"), there.value(QStringLiteral("targetMs")));
        both.insert(it.key(), row);
    }
    return both;
}
} // namespace

int main(int argc, char *argv[])
{
    // The program started by the start-up figure must find its user
    // without asking: give it a profile of its own, registered here.
    QTemporaryDir profile;
    qputenv("XDG_CONFIG_HOME", profile.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", profile.filePath(QStringLiteral("data")).toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Teamforum"));
    QApplication::setApplicationName(QStringLiteral("Teamforum"));

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("Generated SQLite database."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions per figure."),
        QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("only"),
        QStringLiteral("Comma-separated figures: start, open, search, schedule, keystroke, "
                       "network, writers, import, compliance, logcheck."),
        QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("postgres"),
        QStringLiteral("PostgreSQL server for the network and concurrent-writers figures "
                       "(network, writers); each works in a schema of its own."),
        QStringLiteral("URL")});
    parser.addOption({QStringLiteral("loaded-postgres"),
        QStringLiteral("The generated database loaded into PostgreSQL: start, open, search, "
                       "keystroke, import, compliance and logcheck are measured on it too (under "
                       "\"postgresql\", and both medians under \"engines\")."),
        QStringLiteral("URL")});
    parser.process(app);
    const QStringList only
        = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&only](const char *name) {
        return only.isEmpty() || only.contains(QLatin1String(name));
    };
    const QString path = parser.value(QStringLiteral("database"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    if (path.isEmpty()) {
        std::fprintf(stderr, "--database FILE is required\n");
        return 2;
    }

    QJsonObject result {{QStringLiteral("database"), path}, {QStringLiteral("runs"), runs}};
    try {
        tf::ConnectionSpec spec;
        spec.path = path;
        tf::Workspace workspace(spec);
        workspace.open();
        registerMeasurer(workspace);
        const QJsonObject onSqlite = measureOnDatabase(path, workspace, runs, wanted);
        for (auto it = onSqlite.begin(); it != onSqlite.end(); ++it)
            result.insert(it.key(), it.value());
        if (parser.isSet(QStringLiteral("loaded-postgres"))) {
            const QString url = parser.value(QStringLiteral("loaded-postgres"));
            tf::ConnectionSpec server;
            QString error;
            if (!tf::ConnectionSpec::parse(url, &server, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
            tf::Workspace loaded(server);
            loaded.open();
            registerMeasurer(loaded);
            const QJsonObject onPostgres = measureOnDatabase(url, loaded, runs, wanted);
            result.insert(QStringLiteral("postgresql"), onPostgres);
            result.insert(QStringLiteral("engines"), sideBySide(onSqlite, onPostgres));
        }
        if (wanted("schedule"))
            result.insert(
                QStringLiteral("yearOfMeetingsForEveryUnit"), tf::bench::measureScheduling(runs));
        if (wanted("network"))
            result.insert(QStringLiteral("postgresOverNetwork"),
                tf::bench::measureOverNetwork(parser.value(QStringLiteral("postgres")), runs));
        if (wanted("writers"))
            result.insert(QStringLiteral("postgresConcurrentWriters"),
                tf::bench::measureConcurrentWritersWithAndWithoutRowSecurity(
                    parser.value(QStringLiteral("postgres"))));
    } catch (const tf::StorageError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.userMessage()));
        return 1;
    } catch (const tf::bench::FloorFailure &failure) {
        // A floor that did less than the program would flatter it: no figure.
        std::fprintf(stderr, "%s\n", failure.what());
        return 1;
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
