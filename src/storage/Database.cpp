#include "storage/Database.h"

#include "storage/EngineMessages.h"
#include "storage/LibPq.h"
#include "storage/PrivateFiles.h"
#include "storage/SqliteTextFunctions.h"
#include "storage/StatementCache.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QtDebug>

namespace tf {

namespace {
QAtomicInt connectionCounter;
}

namespace {
// An existing file of no bytes, with no write-ahead log holding its pages.
bool isEmptyFile(const QString &path)
{
    const QFileInfo file(path);
    return file.exists() && file.isFile() && file.size() == 0
        && QFileInfo(path + QStringLiteral("-wal")).size() == 0;
}
} // namespace

StorageError sqliteStartFailure(const StorageError &error, const QString &path)
{
    const int primary = error.nativeCode().toInt() & 0xff;
    if (primary != 10 && primary != 13) // SQLITE_IOERR, SQLITE_FULL
        return error;
    const QFileInfo file(path);
    const QStorageInfo disk(file.absolutePath());
    // SQLite's -wal and -shm files and a page or two of the log.
    const qint64 roomNeeded = 1024 * 1024;
    if (!disk.isValid() || disk.bytesAvailable() >= roomNeeded)
        return error;
    return StorageError(StorageError::Kind::DiskFull,
        QStringLiteral("Databasen %1 kunde inte öppnas: disken den ligger på är full. "
                       "Ingenting har ändrats. Frigör utrymme på disken och försök igen.")
            .arg(QDir::toNativeSeparators(file.absoluteFilePath())),
        error.nativeCode());
}

bool isNetworkFilesystemType(const QByteArray &type)
{
    const QByteArray lower = type.toLower();
    static const QList<QByteArray> network = {
        QByteArrayLiteral("nfs"),
        QByteArrayLiteral("nfs4"),
        QByteArrayLiteral("cifs"),
        QByteArrayLiteral("smb"),
        QByteArrayLiteral("smbfs"),
        QByteArrayLiteral("smb3"),
        QByteArrayLiteral("9p"),
        QByteArrayLiteral("afs"),
        QByteArrayLiteral("sshfs"),
    };
    return network.contains(lower) || lower.startsWith("fuse");
}

bool isNetworkFilesystem(const QString &path)
{
    QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    return isNetworkFilesystemType(QStorageInfo(existing).fileSystemType());
}

StorageError networkFilesystemRefusal()
{
    return StorageError(StorageError::Kind::General,
        QStringLiteral("Databasfilen ligger på en nätverksenhet. Där kan "
                       "Teamforum inte spara säkert. Lägg filen på datorns "
                       "egen disk, eller använd en gemensam PostgreSQL-databas "
                       "när flera ska arbeta i samma data."));
}

Database::Database(const ConnectionSpec &spec)
    : m_spec(spec)
    , m_connectionName(QStringLiteral("teamforum-%1").arg(connectionCounter.fetchAndAddOrdered(1)))
    , m_statements(std::make_unique<StatementCache>())
{ }

Database::~Database()
{
    close();
}

void Database::open()
{
    if (m_spec.engine == ConnectionSpec::Engine::Postgres)
        openPostgres();
    else
        openSqlite();
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    m_statements->clear(); // a statement must not outlive its connection
    m_preparedOnServer.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList Database::takeSendFirst()
{
    QStringList first;
    if (std::exchange(m_beginPending, false))
        first << QStringLiteral("BEGIN");
    first += std::exchange(m_sendWithNext, {});
    return first;
}

void Database::reconnect()
{
    if (!m_db.isValid() || m_spec.engine != ConnectionSpec::Engine::Postgres)
        return;
    m_sendWithNext.clear(); // the transaction they belonged to is gone
    m_statements->clear(); // the server forgot them with the old session
    m_preparedOnServer.clear();
    m_db.close();
    // Tried again and again while the window waits: a server that does not
    // answer at all costs a few seconds per try, not the first open's ten.
    m_db.setConnectOptions(postgresConnectOptions(3));
    const bool opened = m_db.open();
    m_db.setConnectOptions(postgresConnectOptions(10));
    if (!opened)
        throw connectionFailed();
    configurePostgresSession();
    ++m_reconnects;
}

bool Database::isConnectionLost() const
{
    if (!isPostgres() || !m_db.isValid())
        return false;
    if (!m_db.isOpen())
        return true;
    const PGconn *connection = postgresHandle();
    return !connection || libpq().status(connection) != CONNECTION_OK;
}

int Database::backendPid() const
{
    const PGconn *connection = postgresHandle();
    return connection ? libpq().backendPid(connection) : 0;
}

void Database::settleAfterStatement()
{
    // Qt's driver reads a result row by row and does not fetch the rest of
    // a result when a kept statement is finished early (a read of the first
    // row). Until the rest is read the connection counts as busy, and libpq
    // reads no notification behind it: the change feed would fall silent.
    PGconn *connection = postgresHandle();
    if (!connection || libpq().transactionStatus(connection) != PQTRANS_ACTIVE)
        return;
    while (PGresult *rest = libpq().getResult(connection))
        libpq().clear(rest);
    // Notifications read along with the rest reach the driver's signal only
    // when it looks for them.
    QMetaObject::invokeMethod(m_db.driver(), "_q_handleNotification", Qt::QueuedConnection);
}

PGconn *Database::postgresHandle() const
{
    if (!isPostgres() || !m_db.isValid() || !m_db.driver())
        return nullptr;
    // Qt names the type after libpq's struct: PGconn is a typedef of it.
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

StorageError Database::failure(const QSqlError &error, const QString &what) const
{
    return failure(m_dialect->translate(error, what));
}

StorageError Database::failure(const StorageError &translated) const
{
    if (translated.kind() == StorageError::Kind::ConnectionLost || !isConnectionLost())
        return translated;
    return StorageError(StorageError::Kind::ConnectionLost,
        QStringLiteral("Kontakten med databasservern bröts. Ändringen sparades inte."),
        translated.nativeCode());
}

void Database::setWaitLimits(const WaitLimits &limits)
{
    m_waitLimits = limits;
    if (isPostgres() && m_db.isOpen())
        configurePostgresSession();
}

void Database::configurePostgresSession()
{
    // Whole numbers of milliseconds only: nothing typed reaches this text.
    // The dialect's settings, the wait limits and the schema's name in one
    // round trip.
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect->sessionSettings()
            + QStringLiteral("; SET lock_timeout = %1; SET statement_timeout = %2; "
                             "SELECT current_schema()")
                  .arg(m_waitLimits.lockTimeoutMs)
                  .arg(m_waitLimits.statementTimeoutMs)))
        throw failure(query.lastError(), QStringLiteral("Databasen kunde inte ställas in."));
    while (!query.isSelect() && query.nextResult()) { }
    m_currentSchema = query.next() ? query.value(0).toString() : QString();
}

void Database::openSqlite()
{
    const QFileInfo file(m_spec.path);
    if (!QDir().mkpath(file.absolutePath()))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Mappen %1 kunde inte skapas.").arg(file.absolutePath()));
    if (isNetworkFilesystem(m_spec.path))
        throw networkFilesystemRefusal();
    if (isEmptyFile(m_spec.path) && !m_spec.createHere)
        throw StorageError(StorageError::Kind::NotADatabase,
            QStringLiteral("Databasfilen %1 är tom (0 byte), till exempel efter en kopiering "
                           "som inte blev klar. Den har inte ändrats. Återställ den senaste "
                           "säkerhetskopian, eller ta bort den tomma filen om en ny databas "
                           "ska skapas där.")
                .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    // A file in a folder that cannot be written to cannot be written either:
    // SQLite keeps its log (-wal or -journal) beside it.
    m_readOnly = m_spec.readOnly
        || (file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("SQLite-drivrutinen för Qt saknas (libqt6sql6-sqlite)."));
    m_dialect = Dialect::forDriver(m_db.driverName());
    if (m_readOnly && !QFileInfo::exists(m_spec.path + QStringLiteral("-wal"))
        && !QFileInfo::exists(m_spec.path + QStringLiteral("-journal"))) {
        // No log means no writer has it open: read the file as it is
        // ("immutable"), without the -wal and -shm files SQLite would
        // otherwise make. It can read where no file can be created, and it
        // leaves none behind with the read-only file's mode (which would keep
        // the database read-only after the file is made writable again).
        QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(m_spec.path);
        if (m_readOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    try {
        if (!m_db.open())
            throw m_dialect->translate(
                m_db.lastError(), QStringLiteral("Databasen kunde inte öppnas."));
        m_dialect->probe(m_db);
        m_dialect->configureConnection(m_db);
        addTextFunctions(m_db);
    } catch (const StorageError &error) {
        throw sqliteStartFailure(error, m_spec.path);
    }
    // A file made before files were kept private, or copied in, is closed
    // to other accounts; SQLite gives new -wal and -shm files its mode.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        makePrivate(m_spec.path + suffix);
}

void Database::prepareForWriting()
{
    // WAL is recorded in the file header, so it is switched on only once the
    // file is known to be ours: a refused file stays byte for byte the same.
    if (m_spec.engine != ConnectionSpec::Engine::Sqlite || m_readOnly)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        throw sqliteStartFailure(m_dialect->translate(query.lastError(),
                                     QStringLiteral("Databasen kunde inte ställas in.")),
            m_spec.path);
}

void Database::enlargeCacheForBulkLoad()
{
    if (m_spec.engine != ConnectionSpec::Engine::Sqlite)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -262144")))
        throw failure(query.lastError(), QStringLiteral("Databasen kunde inte ställas in."));
}

StorageError Database::connectionFailed() const
{
    // The server's own words are English; they go to the log for whoever
    // looks after the server (they name hosts and settings, never care data).
    qWarning("PostgreSQL connection failed: %s", qPrintable(m_db.lastError().text()));
    const StorageError reason = postgresError(m_db.lastError(),
        QStringLiteral("Det gick inte att ansluta till "
                       "databasservern %1.")
            .arg(m_spec.displayName()));
    return StorageError(StorageError::Kind::General, reason.userMessage(), reason.nativeCode());
}

QString Database::postgresConnectOptions(int defaultConnectTimeout) const
{
    QStringList options;
    if (!m_spec.moreServers.isEmpty()) {
        // Qt's driver writes host= from hostName() as it is and port= only
        // when a port is set; libpq takes a comma-separated list in both,
        // and the port list goes in the options instead (see openPostgres).
        QStringList ports {QString::number(m_spec.port)};
        for (const ConnectionSpec::Server &server : m_spec.moreServers)
            ports << QString::number(server.port);
        options << QStringLiteral("port=") + ports.join(QLatin1Char(','));
    }
    if (!m_spec.options.isEmpty())
        options << m_spec.options;
    if (!m_spec.options.contains(QLatin1String("connect_timeout")))
        options << QStringLiteral("connect_timeout=%1").arg(defaultConnectTimeout);
    // A server that vanished from the network without closing the
    // connection is noticed within a minute even while nothing is sent.
    if (!m_spec.options.contains(QLatin1String("keepalives")))
        options << QStringLiteral("keepalives_idle=30;keepalives_interval=10;keepalives_count=3");
    return options.join(QLatin1Char(';'));
}

void Database::openPostgres()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("PostgreSQL-drivrutinen för Qt saknas (libqt6sql6-psql)."));
    m_dialect = Dialect::forDriver(m_db.driverName());
    if (m_spec.moreServers.isEmpty()) {
        m_db.setHostName(m_spec.host);
        m_db.setPort(m_spec.port);
    } else {
        QStringList hosts {m_spec.host};
        for (const ConnectionSpec::Server &server : m_spec.moreServers)
            hosts << server.host;
        m_db.setHostName(hosts.join(QLatin1Char(',')));
        m_db.setPort(-1); // the list of ports is in the options
    }
    m_db.setUserName(m_spec.user);
    m_db.setPassword(m_spec.password);
    m_db.setDatabaseName(m_spec.databaseName);
    m_db.setConnectOptions(postgresConnectOptions(10));
    if (!m_db.open())
        throw connectionFailed();
    // The session's settings are its first statement and probe the
    // connection as well: a server that cannot run them fails here.
    configurePostgresSession();
}

} // namespace tf
