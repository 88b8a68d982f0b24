#include "app/Startup.h"
#include "storage/ConnectionSpec.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>
#include <cstdlib>

namespace tf {

bool chooseConnection(const QApplication &app, ConnectionSpec *spec, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Startup",
        "Teamforum: agendas, minutes and follow-up of "
        "the meeting forums of municipal care."));
    // Qt's own help option says "Displays help including Qt specific options"
    // in English whatever the translation; this one is the program's.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("Startup", "Shows this help."));
    parser.addOption(help);
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("Startup", "SQLite file or postgresql://user@host:port/db."),
        QCoreApplication::translate("Startup", "PATH|URL"));
    parser.addOption(database);
    parser.process(app);
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        std::exit(0);
    }

    QString text = parser.value(database);
    if (text.isEmpty())
        text = QSettings().value(QStringLiteral("database/connection")).toString();
    if (text.isEmpty()) {
        *spec = ConnectionSpec::defaultLocal();
        return true;
    }
    if (!ConnectionSpec::parse(text, spec, error))
        return false;
    // The organisation's CA certificate: the server must prove itself with a
    // certificate it issued for that very host, or no connection is made.
    // A CA file named in the address itself is used as given.
    const QString caFile = QSettings().value(QStringLiteral("database/caFile")).toString();
    if (spec->engine == ConnectionSpec::Engine::Postgres && !caFile.isEmpty()
        && !spec->options.contains(QLatin1String("sslrootcert=")))
        return spec->requireVerifiedTls(caFile, error);
    return true;
}

} // namespace tf
