#include "BenchSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tf::bench {

QString runAsAdministrator(const ConnectionSpec &spec, const QStringList &statements)
{
    const QString name = QStringLiteral("bench-administrator");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(spec.databaseName);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    error = query.lastError().text();
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString openOwnSchema(const QString &postgresUrl, const QString &schema, ConnectionSpec *spec)
{
    if (postgresUrl.isEmpty())
        return QStringLiteral("no PostgreSQL server given (--postgres URL)");
    QString error;
    if (!ConnectionSpec::parse(postgresUrl, spec, &error)
        || spec->engine != ConnectionSpec::Engine::Postgres)
        return QStringLiteral("not a PostgreSQL URL");
    error = runAsAdministrator(*spec,
        {QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema),
            QStringLiteral("CREATE SCHEMA %1").arg(schema)});
    if (!error.isEmpty())
        return QStringLiteral("PostgreSQL: ") + error;
    spec->options += (spec->options.isEmpty() ? QString() : QStringLiteral(";"))
        + QStringLiteral("options=-csearch_path=") + schema;
    return {};
}

} // namespace tf::bench
