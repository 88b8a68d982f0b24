#include "app/Startup.h"
#include "storage/ConnectionSpec.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

namespace tf {

bool chooseConnection(const QApplication &app, ConnectionSpec *spec, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Startup",
        "Teamforum: agendas, minutes and follow-up of "
        "the meeting forums of municipal care."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("Startup", "SQLite file or postgresql://user@host:port/db."),
        QCoreApplication::translate("Startup", "PATH|URL"));
    parser.addOption(database);
    parser.process(app);

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
