#include "storage/ConnectionSpec.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace tf {

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
    for (const auto &item : items)
        options << item.first + QLatin1Char('=') + item.second;
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

QString ConnectionSpec::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace tf
