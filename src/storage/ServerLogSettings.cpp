#include "storage/ServerLogSettings.h"

#include "storage/Database.h"
#include "storage/Dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tf {

const QList<ServerLogSetting> &careSafeLogSettings()
{
    // log_min_messages is the one that holds on its own: ERROR, WARNING and
    // LOG lines of this database's sessions (an invalid value quoted in the
    // primary message, RAISE LOG, auto_explain, lock waits) are not written.
    // The others close the remaining doors in case it is lowered for a role.
    static const QList<ServerLogSetting> settings = {
        {QStringLiteral("log_min_messages"), QStringLiteral("fatal")},
        {QStringLiteral("log_min_error_statement"), QStringLiteral("panic")},
        {QStringLiteral("log_error_verbosity"), QStringLiteral("terse")},
        {QStringLiteral("log_statement"), QStringLiteral("none")},
        {QStringLiteral("log_min_duration_statement"), QStringLiteral("-1")},
        {QStringLiteral("log_min_duration_sample"), QStringLiteral("-1")},
        {QStringLiteral("log_transaction_sample_rate"), QStringLiteral("0")},
        {QStringLiteral("log_parameter_max_length"), QStringLiteral("0")},
        {QStringLiteral("log_parameter_max_length_on_error"), QStringLiteral("0")},
    };
    return settings;
}

QStringList careSafeLogGaps(Database &db)
{
    if (!db.isPostgres())
        return {};
    QStringList columns;
    for (const auto &setting : careSafeLogSettings())
        columns << QStringLiteral("current_setting('%1')").arg(setting.name);
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")))
        || !query.next())
        throw db.dialect().translate(query.lastError(),
            QStringLiteral("Databasserverns logginställningar kunde inte läsas."));
    QStringList gaps;
    for (int i = 0; i < careSafeLogSettings().size(); ++i) {
        const QString value = query.value(i).toString();
        if (value != careSafeLogSettings().at(i).value)
            gaps << careSafeLogSettings().at(i).name + QLatin1Char('=') + value;
    }
    return gaps;
}

void applyCareSafeLogSettings(Database &db)
{
    if (!db.isPostgres())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Logginställningarna gäller en PostgreSQL-databas; en SQLite-fil "
                           "har ingen serverlogg."));
    // The database's own name comes from the server, quoted by format(%I);
    // names and values are the program's constants.
    QString body;
    for (const auto &setting : careSafeLogSettings())
        body += QStringLiteral("EXECUTE format('ALTER DATABASE %I SET %1 = %L', "
                               "current_database(), '%2');\n")
                    .arg(setting.name, setting.value);
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("DO $$BEGIN\n") + body + QStringLiteral("END$$")))
        return;
    const QString state = query.lastError().nativeErrorCode();
    if (state == QLatin1String("42501") || state.startsWith(QLatin1String("28")))
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Inloggningen %1 får inte ändra databasens logginställningar. "
                           "prepare-server ska köras en gång av en superanvändare på "
                           "databasservern (till exempel postgres).")
                .arg(db.dialect().currentLogin(db.connection())),
            state);
    throw db.dialect().translate(
        query.lastError(), QStringLiteral("Databasens logginställningar kunde inte ändras."));
}

} // namespace tf
