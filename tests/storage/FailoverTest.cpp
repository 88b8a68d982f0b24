// Several servers in the connection setting (libpq's multi-host form): when
// the primary stops and its standby is promoted, the program finds the new
// primary by itself and nothing it said was saved is lost.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/ConnectionWatch.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/ConnectionSpec.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

using namespace tf;

TEST_CASE("a connection setting may name several servers", "[connection]")
{
    ConnectionSpec spec;
    QString error;
    REQUIRE(ConnectionSpec::parse(QStringLiteral("postgresql://teamforum:hemligt@10.0.0.1:5432,"
                                                 "10.0.0.2:5433,db3/teamforum"
                                                 "?target_session_attrs=read-write"),
        &spec, &error));
    CHECK(spec.engine == ConnectionSpec::Engine::Postgres);
    CHECK(spec.host == QStringLiteral("10.0.0.1"));
    CHECK(spec.port == 5432);
    CHECK(spec.user == QStringLiteral("teamforum"));
    CHECK(spec.password == QStringLiteral("hemligt"));
    CHECK(spec.databaseName == QStringLiteral("teamforum"));
    CHECK(spec.options == QStringLiteral("target_session_attrs=read-write"));
    REQUIRE(spec.moreServers.size() == 2);
    CHECK(spec.moreServers.at(0).host == QStringLiteral("10.0.0.2"));
    CHECK(spec.moreServers.at(0).port == 5433);
    CHECK(spec.moreServers.at(1).host == QStringLiteral("db3"));
    CHECK(spec.moreServers.at(1).port == 5432);
    CHECK(spec.displayName()
        == QStringLiteral("postgresql://teamforum@10.0.0.1:5432,10.0.0.2:5433,db3:5432/teamforum"));

    ConnectionSpec one;
    REQUIRE(ConnectionSpec::parse(QStringLiteral("postgresql://a@h:6543/db"), &one, &error));
    CHECK(one.moreServers.isEmpty());
    CHECK(one.displayName() == QStringLiteral("postgresql://a@h:6543/db"));

    ConnectionSpec broken;
    CHECK_FALSE(ConnectionSpec::parse(QStringLiteral("postgresql://a@h:1,:x/db"), &broken, &error));
    CHECK(error.contains(QStringLiteral("går inte att tolka")));
}

namespace {
QString newestPostgresBin()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                               .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
        [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? QString()
                              : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
}

bool portIsFree(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<quint16>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool available = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return available;
}

// A primary and a streaming standby on loopback, in a temporary folder,
// stopped at the end. Commits wait for the standby (synchronous
// replication), as a setup that may lose nothing at a failover must.
class StreamingPair
{
public:
    StreamingPair()
    {
        m_bin = newestPostgresBin();
        if (m_bin.isEmpty())
            throw std::runtime_error("no PostgreSQL server programs in /usr/lib/postgresql");
        for (int port = 55600; port < 55700 && m_ports.size() < 2; ++port) {
            if (portIsFree(port))
                m_ports << port;
        }
        if (m_ports.size() < 2)
            throw std::runtime_error("no free ports in 55600-55699");
        // PostgreSQL refuses to run as root; then it runs as postgres.
        if (::geteuid() == 0)
            run(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_folder.path()}, false);
        try {
            setUp();
        } catch (...) {
            stopRunning();
            throw;
        }
    }

    ~StreamingPair() { stopRunning(); }

    int port(int i) const { return m_ports.at(i); }
    // The server is killed as a crash would: no checkpoint, no goodbye.
    void stopImmediately(int i)
    {
        m_running[i] = false;
        server(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataOf(i), QStringLiteral("-m"), QStringLiteral("immediate"),
                QStringLiteral("-w"), QStringLiteral("stop")});
    }
    void promote(int i)
    {
        server(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataOf(i), QStringLiteral("-w"), QStringLiteral("promote")});
    }

private:
    void setUp()
    {
        server(QStringLiteral("initdb"),
            {QStringLiteral("-D"), dataOf(0), QStringLiteral("-U"), QStringLiteral("teamforum"),
                QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                QStringLiteral("--locale=C.UTF-8")});
        appendConfig(0,
            QStringLiteral("listen_addresses = '127.0.0.1'\nport = %1\n"
                           "unix_socket_directories = '%2'\nfsync = off\n"
                           "synchronous_standby_names = '*'\n")
                .arg(m_ports.at(0))
                .arg(m_folder.path()));
        start(0);
        server(QStringLiteral("pg_basebackup"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_ports.at(0)), QStringLiteral("-U"), QStringLiteral("teamforum"),
                QStringLiteral("-D"), dataOf(1), QStringLiteral("-R")});
        // Once promoted it has no standby of its own to wait for.
        appendConfig(
            1, QStringLiteral("port = %1\nsynchronous_standby_names = ''\n").arg(m_ports.at(1)));
        start(1);
    }
    void stopRunning()
    {
        for (int i = 0; i < 2; ++i) {
            if (m_running.at(i)) {
                try {
                    stopImmediately(i);
                } catch (const std::exception &) {
                    // The folder goes anyway; nothing more to do.
                }
            }
        }
    }

    QString dataOf(int i) const
    {
        return m_folder.filePath(i == 0 ? QStringLiteral("primary") : QStringLiteral("standby"));
    }
    void start(int i)
    {
        server(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataOf(i), QStringLiteral("-l"),
                dataOf(i) + QStringLiteral(".log"), QStringLiteral("-w"), QStringLiteral("start")});
        m_running[i] = true;
    }
    void appendConfig(int i, const QString &lines)
    {
        QFile config(dataOf(i) + QStringLiteral("/postgresql.conf"));
        if (!config.open(QIODevice::Append))
            throw std::runtime_error("postgresql.conf cannot be written");
        config.write(lines.toUtf8());
    }
    void server(const QString &program, const QStringList &arguments)
    {
        run(m_bin + QLatin1Char('/') + program, arguments, ::geteuid() == 0);
    }
    static void run(const QString &program, const QStringList &arguments, bool asPostgres)
    {
        QProcess process;
        if (asPostgres)
            process.start(QStringLiteral("runuser"),
                QStringList {
                    QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                    + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            throw std::runtime_error((program + QStringLiteral(" failed: ")
                + QString::fromLocal8Bit(process.readAllStandardError()))
                                         .toStdString());
    }

    QTemporaryDir m_folder;
    QString m_bin;
    QList<int> m_ports;
    QList<bool> m_running {false, false};
};

void createDatabase(int port, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("creator"));
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setUserName(QStringLiteral("teamforum"));
    db.setDatabaseName(QStringLiteral("postgres"));
    REQUIRE(db.open());
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("CREATE DATABASE ") + name));
    query.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("creator"));
}

// The notes as the server on this port holds them, and whether it takes
// writes (is no standby).
std::pair<QString, bool> notesOn(int port, const QString &database)
{
    std::pair<QString, bool> found;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reader"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setUserName(QStringLiteral("teamforum"));
        db.setDatabaseName(database);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT string_agg(text, '') FROM minute_entry")));
        REQUIRE(query.next());
        found.first = query.value(0).toString();
        REQUIRE(query.exec(QStringLiteral("SELECT NOT pg_is_in_recovery()")));
        REQUIRE(query.next());
        found.second = query.value(0).toBool();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return found;
}
} // namespace

TEST_CASE("after a failover the program writes on the promoted standby and loses nothing "
          "acknowledged",
    "[postgres][failover]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG is not set, so no PostgreSQL servers are started");
        return;
    }
    StreamingPair servers;
    const QString database = QStringLiteral("failover");
    createDatabase(servers.port(0), database);
    ConnectionSpec spec;
    QString error;
    REQUIRE(ConnectionSpec::parse(QStringLiteral("postgresql://teamforum@127.0.0.1:%1,127.0.0.1:%2/"
                                                 "%3?target_session_attrs=read-write")
                                      .arg(servers.port(0))
                                      .arg(servers.port(1))
                                      .arg(database),
        &spec, &error));
    Workspace workspace(spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.helperId);
    workspace.connectionWatch().setPollInterval(20);

    // One notes field, a line per note. A save cut by the failover is
    // reported as not saved and written again, as meeting mode does; one
    // that reached the standby before the cut is found there.
    const auto writeNote = [&](const QString &note) {
        MeetingMinutes minutes(workspace);
        try {
            const auto entries = minutes.entries(f.meetingId);
            MinuteEntry entry = entries.isEmpty() ? MinuteEntry() : entries.first();
            entry.agendaItemId = f.itemIds.at(0);
            if (!entry.text.contains(note))
                entry.text += note;
            minutes.saveEntry(entry);
            return true;
        } catch (const StorageError &) {
            return false;
        }
    };
    QStringList acknowledged;
    for (int i = 1; i <= 10; ++i) {
        const QString note = QStringLiteral("Anteckning %1.\n").arg(i);
        REQUIRE(writeNote(note));
        acknowledged << note;
    }

    servers.stopImmediately(0);
    QElapsedTimer sinceStop;
    sinceStop.start();
    servers.promote(1);
    qint64 firstWriteAfter = -1;
    for (int i = 11; i <= 20; ++i) {
        const QString note = QStringLiteral("Anteckning %1.\n").arg(i);
        QElapsedTimer trying;
        trying.start();
        while (!writeNote(note)) {
            REQUIRE(trying.elapsed() < 30000);
            QTest::qWait(50); // the watch opens the connection again meanwhile
        }
        if (firstWriteAfter < 0)
            firstWriteAfter = sinceStop.elapsed();
        acknowledged << note;
    }
    INFO("the first note after the stop was saved after " << firstWriteAfter << " ms");
    CHECK(firstWriteAfter < 10000);

    const auto [stored, takesWrites] = notesOn(servers.port(1), database);
    CHECK(takesWrites);
    for (const QString &note : acknowledged) {
        INFO(note.toStdString());
        CHECK(stored.contains(note));
    }
}
