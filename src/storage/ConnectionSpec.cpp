#include "storage/ConnectionSpec.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace tf {

namespace {
// Splits libpq's multi-host form off the URL, which QUrl cannot read:
// returns the URL with the first server only and puts the others, in
// order, in *more. An unreadable server is added as an empty Server.
QString firstServerOnly(const QString &url, QList<ConnectionSpec::Server> *more)
{
    const qsizetype authorityStart = url.indexOf(QLatin1String("://")) + 3;
    qsizetype authorityEnd = url.indexOf(QLatin1Char('/'), authorityStart);
    if (authorityEnd < 0)
        authorityEnd = url.size();
    const QString authority = url.mid(authorityStart, authorityEnd - authorityStart);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const QStringList servers = authority.mid(at + 1).split(QLatin1Char(','));
    if (servers.size() < 2)
        return url;
    for (qsizetype i = 1; i < servers.size(); ++i) {
        const QUrl server(QStringLiteral("postgresql://") + servers.at(i), QUrl::StrictMode);
        if (!server.isValid() || server.host().isEmpty() || !server.userInfo().isEmpty()
            || !server.path().isEmpty())
            *more << ConnectionSpec::Server {QString(), 5432};
        else
            *more << ConnectionSpec::Server {server.host(), server.port(5432)};
    }
    return url.left(authorityStart) + authority.left(at + 1) + servers.first()
        + url.mid(authorityEnd);
}

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
    const QString unreadable
        = QStringLiteral("Adressen till PostgreSQL-databasen går inte att tolka. "
                         "Skriv den som postgresql://användare@värd:port/databas.");
    QList<Server> servers;
    const QString single = firstServerOnly(trimmed, &servers);
    const QUrl url(single, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || std::any_of(servers.cbegin(), servers.cend(),
            [](const Server &server) { return server.host.isEmpty(); })) {
        *error = unreadable;
        return false;
    }
    spec->engine = Engine::Postgres;
    spec->host = url.host();
    spec->port = url.port(5432);
    spec->moreServers = servers;
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
    QString servers = QStringLiteral("%1:%2").arg(host).arg(port);
    for (const Server &server : moreServers)
        servers += QStringLiteral(",%1:%2").arg(server.host).arg(server.port);
    return QStringLiteral("postgresql://%1@%2/%3").arg(user, servers, databaseName);
}

} // namespace tf
