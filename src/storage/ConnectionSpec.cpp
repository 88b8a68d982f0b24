#include "storage/ConnectionSpec.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace tf {

namespace {
// Qt's driver joins the options with spaces and passes them unquoted, so a
// value with a space, a semicolon or a quote would be cut or misread.
bool isPassableOption(const QString &name, const QString &value, QString *error)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\s;'\\\\]"));
    if (!value.contains(unsafe))
        return true;
    *error = QStringLiteral("Värdet för %1 (%2) får inte innehålla mellanslag, semikolon, "
                            "apostrof eller omvänt snedstreck: databasdrivrutinen kan inte "
                            "skicka det vidare. Är det en fil: lägg den där sökvägen saknar "
                            "sådana tecken.")
                 .arg(name, value);
    return false;
}
} // namespace

bool ConnectionSpec::parse(const QString &text, ConnectionSpec *spec, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = QStringLiteral("Ingen databas angavs.");
        return false;
    }
    if (!trimmed.startsWith(QLatin1String("postgresql://"))
        && !trimmed.startsWith(QLatin1String("postgres://"))) {
        spec->engine = Engine::Sqlite;
        spec->path = QDir::cleanPath(QDir::current().absoluteFilePath(trimmed));
        return true;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QStringLiteral("Adressen till PostgreSQL-databasen går inte att tolka. "
                                "Skriv den som postgresql://användare@värd:port/databas.");
        return false;
    }
    spec->engine = Engine::Postgres;
    spec->host = url.host();
    spec->port = url.port(5432);
    spec->user = url.userName();
    spec->password = url.password();
    spec->databaseName = url.path().mid(1);
    if (spec->databaseName.isEmpty()) {
        *error = QStringLiteral("Adressen till PostgreSQL-databasen saknar databasens namn.");
        return false;
    }
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!isPassableOption(item.first, item.second, error))
            return false;
        options << item.first + QLatin1Char('=') + item.second;
    }
    spec->options = options.join(QLatin1Char(';'));
    return true;
}

ConnectionSpec ConnectionSpec::defaultLocal()
{
    ConnectionSpec spec;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    spec.path = QDir(folder).filePath(QStringLiteral("teamforum.sqlite"));
    return spec;
}

bool ConnectionSpec::requireVerifiedTls(const QString &caFile, QString *error)
{
    if (!isPassableOption(QStringLiteral("sslrootcert"), caFile, error))
        return false;
    QStringList kept;
    const QStringList given = options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &option : given)
        if (!option.startsWith(QLatin1String("sslmode="))
            && !option.startsWith(QLatin1String("sslrootcert=")))
            kept << option;
    kept << QStringLiteral("sslmode=verify-full") << QStringLiteral("sslrootcert=") + caFile;
    options = kept.join(QLatin1Char(';'));
    return true;
}

QString ConnectionSpec::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace tf
