#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>

namespace tf {

namespace {
const QString kMigrationFolder = QStringLiteral(":/migrations");

QStringList migrationFiles()
{
    QStringList files = QDir(kMigrationFolder).entryList({QStringLiteral("*.sql")}, QDir::Files,
                                                         QDir::Name);
    return files;
}

// Splits a migration into statements: strips "--" comments, splits on ';'.
QStringList statementsOf(const QString &sql)
{
    QStringList lines;
    const auto all = sql.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    }
    QStringList statements;
    const auto parts = lines.join(QLatin1Char('\n')).split(QLatin1Char(';'));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            statements << part.trimmed();
    }
    return statements;
}
} // namespace

Migrator::Migrator(Database &db)
    : m_db(db)
{
}

int Migrator::latestVersion()
{
    return static_cast<int>(migrationFiles().size());
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
        execSchemaStatement(m_db, QStringLiteral("CREATE TABLE schema_version ("
                                                 "version INTEGER PRIMARY KEY, "
                                                 "applied_at TEXT NOT NULL)"));
    }
    const QString sql =
        migrationSql(version).replace(QStringLiteral("${ID}"), m_db.dialect().autoIdColumn());
    const QStringList statements = statementsOf(sql);
    for (const QString &statement : statements)
        execSchemaStatement(m_db, statement);
    Query record(m_db, QStringLiteral("INSERT INTO schema_version (version, applied_at) "
                                      "VALUES (?, ?)"));
    record.bind(version).bind(nowUtcText()).exec();
    transaction.commit();
}

QString Migrator::migrationSql(int version) const
{
    const QStringList files = migrationFiles();
    const QString name = files.value(version - 1);
    QFile file(kMigrationFolder + QLatin1Char('/') + name);
    if (!name.startsWith(QStringLiteral("%1_").arg(version, 3, 10, QLatin1Char('0')))
        || !file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::General,
                           QStringLiteral("Schemasteg %1 saknas i programmet.").arg(version));
    return QString::fromUtf8(file.readAll());
}

} // namespace tf
