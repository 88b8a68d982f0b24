#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>

namespace tf {

namespace {
const QString kMigrationFolder = QStringLiteral(":/migrations");

// A step is NNN_name.sql (portable SQL), optionally followed by
// NNN_name.sqlite.sql or NNN_name.postgresql.sql for what only one engine
// has (full-text search, for instance).
QStringList migrationFiles()
{
    return QDir(kMigrationFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

bool isEngineSpecific(const QString &file)
{
    return file.endsWith(QLatin1String(".sqlite.sql"))
        || file.endsWith(QLatin1String(".postgresql.sql"));
}

QStringList portableSteps()
{
    QStringList steps;
    const QStringList files = migrationFiles();
    for (const QString &file : files) {
        if (!isEngineSpecific(file))
            steps << file;
    }
    return steps;
}

// Splits a migration into statements on ';'. "--" comment lines are dropped.
// A trigger or function body, whose inner statements end in ';' too, is
// wrapped in lines "-- begin block" and "-- end block" and kept whole.
QStringList statementsOf(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inBlock = false;
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            statements << current.trimmed();
        current.clear();
    };
    const auto lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed == QLatin1String("-- begin block")) {
            flush();
            inBlock = true;
            continue;
        }
        if (trimmed == QLatin1String("-- end block")) {
            flush();
            inBlock = false;
            continue;
        }
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        if (inBlock) {
            current += line + QLatin1Char('\n');
            continue;
        }
        const auto parts = line.split(QLatin1Char(';'));
        for (int i = 0; i < parts.size(); ++i) {
            current += parts.at(i);
            if (i + 1 < parts.size())
                flush();
        }
        current += QLatin1Char('\n');
    }
    flush();
    return statements;
}
} // namespace

Migrator::Migrator(Database &db)
    : m_db(db)
{ }

int Migrator::latestVersion()
{
    return static_cast<int>(portableSteps().size());
}

Migrator::State Migrator::inspect(int *version)
{
    const QStringList tables = m_db.dialect().userTables(m_db.connection());
    int current = 0;
    State state;
    if (tables.isEmpty()) {
        state = State::Empty;
    } else if (!tables.contains(QLatin1String("schema_version"))
        || !tables.contains(QLatin1String("teamforum_meta"))) {
        state = State::Foreign;
    } else {
        Query app(m_db, QStringLiteral("SELECT meta_value FROM teamforum_meta WHERE meta_key = ?"));
        app.bind(QStringLiteral("application")).exec();
        if (!app.next() || app.text(0) != QLatin1String("teamforum")) {
            if (version)
                *version = 0;
            return State::Foreign;
        }
        Query query(m_db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
        query.exec();
        current = query.next() ? query.integer(0) : 0;
        if (current > latestVersion())
            state = State::Newer;
        else if (current < latestVersion())
            state = State::Older;
        else
            state = State::Current;
    }
    if (version)
        *version = current;
    return state;
}

bool Migrator::migrate()
{
    int current = 0;
    const State state = inspect(&current);
    switch (state) {
    case State::Foreign:
        throw StorageError(StorageError::Kind::NotADatabase,
            QStringLiteral("Databasen %1 är ingen Teamforum-databas. Den har inte "
                           "ändrats.")
                .arg(m_db.spec().displayName()));
    case State::Newer:
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Databasen är skapad av en nyare version av Teamforum "
                           "(schemaversion %1; det här programmet känner till "
                           "version %2). Uppdatera Teamforum. Databasen har inte "
                           "ändrats.")
                .arg(current)
                .arg(latestVersion()));
    case State::Current:
    case State::Empty:
    case State::Older:
        break;
    }
    m_db.prepareForWriting();
    if (state == State::Current)
        return false;
    if (m_db.isReadOnly())
        throw StorageError(StorageError::Kind::ReadOnly,
            QStringLiteral("Databasen är skrivskyddad och behöver uppdateras "
                           "innan den kan användas."));
    for (int step = current + 1; step <= latestVersion(); ++step)
        applyStep(step);
    return state == State::Empty;
}

void Migrator::applyStep(int version)
{
    Transaction transaction(m_db);
    if (version == 1) {
        execSchemaStatement(m_db,
            QStringLiteral("CREATE TABLE schema_version ("
                           "version INTEGER PRIMARY KEY, "
                           "applied_at TEXT NOT NULL)"));
    }
    const QString sql
        = migrationSql(version).replace(QStringLiteral("${ID}"), m_db.dialect().autoIdColumn());
    const QStringList statements = statementsOf(sql);
    for (const QString &statement : statements)
        execSchemaStatement(m_db, statement);
    Query record(m_db,
        QStringLiteral("INSERT INTO schema_version (version, applied_at) "
                       "VALUES (?, ?)"));
    record.bind(version).bind(nowUtcText()).exec();
    transaction.commit();
}

QString Migrator::migrationSql(int version) const
{
    const QString name = portableSteps().value(version - 1);
    const QString prefix = QStringLiteral("%1_").arg(version, 3, 10, QLatin1Char('0'));
    if (!name.startsWith(prefix))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Schemasteg %1 saknas i programmet.").arg(version));
    const QString engine
        = m_db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    const QString specific = name.chopped(4) + QLatin1Char('.') + engine + QStringLiteral(".sql");
    QString sql;
    for (const QString &part : {name, specific}) {
        QFile file(kMigrationFolder + QLatin1Char('/') + part);
        if (file.open(QIODevice::ReadOnly))
            sql += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
        else if (part == name)
            throw StorageError(StorageError::Kind::General,
                QStringLiteral("Schemasteg %1 saknas i programmet.").arg(version));
    }
    return sql;
}

} // namespace tf
