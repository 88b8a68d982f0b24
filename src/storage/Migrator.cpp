#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <algorithm>

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

// The portable file of every step by its number. Numbers may have gaps: two
// lines of work can each add a step, and after both are merged a database
// that has one of them gets the other (see Migrator::migrate).
QMap<int, QString> portableSteps()
{
    QMap<int, QString> steps;
    const QStringList files = migrationFiles();
    for (const QString &file : files) {
        bool numbered = false;
        const int number = file.left(3).toInt(&numbered);
        if (!isEngineSpecific(file) && numbered && file.mid(3, 1) == QLatin1String("_"))
            steps.insert(number, file);
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
    const QMap<int, QString> steps = portableSteps();
    return steps.isEmpty() ? 0 : steps.lastKey();
}

QList<int> Migrator::appliedSteps()
{
    QList<int> applied;
    Query query(m_db, QStringLiteral("SELECT version FROM schema_version ORDER BY version"));
    query.exec();
    while (query.next())
        applied << query.integer(0);
    return applied;
}

QList<int> Migrator::pendingSteps(const QList<int> &applied)
{
    QList<int> pending;
    const QList<int> known = portableSteps().keys();
    for (int step : known) {
        if (!applied.contains(step))
            pending << step;
    }
    return pending;
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
        const QList<int> applied = appliedSteps();
        current = applied.isEmpty() ? 0 : applied.last();
        const QList<int> known = portableSteps().keys();
        const bool unknown = std::any_of(
            applied.cbegin(), applied.cend(), [&known](int step) { return !known.contains(step); });
        if (unknown)
            state = State::Newer;
        else if (!pendingSteps(applied).isEmpty())
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
    const QList<int> pending
        = state == State::Empty ? portableSteps().keys() : pendingSteps(appliedSteps());
    for (int step : pending)
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
    const QString name = portableSteps().value(version);
    if (name.isEmpty())
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
