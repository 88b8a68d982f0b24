// A shared database is reached over TLS with the server's certificate checked
// (sslmode=verify-full) against the organisation's CA: a server whose
// certificate that CA issued for the host is accepted; a server without TLS,
// one whose certificate another CA issued or issued for another host, and a
// missing CA file are refused, in Swedish, before any data is sent.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "support/TestBackends.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tf;

namespace {

// Runs a program to its end; the test fails with its output when it fails.
void run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    process.waitForFinished(-1);
    INFO(program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                               << process.readAll().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

// PostgreSQL refuses to run as root: as root, its programs run as postgres.
void runAsServer(const QString &program, const QStringList &arguments)
{
    if (::geteuid() == 0)
        run(QStringLiteral("runuser"),
            QStringList {
                QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                + arguments);
    else
        run(program, arguments);
}

QString postgresBinaries()
{
    QStringList versions
        = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
        [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? QString()
                              : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
}

// A port of the range kept for servers the tests start, free right now.
int freePort()
{
    for (int port = 55700; port < 55800; ++port) {
        const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool free
            = ::bind(probe, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
        ::close(probe);
        if (free)
            return port;
    }
    return 0;
}

// Two throwaway certificate authorities and a certificate the first one
// issued for 127.0.0.1 and localhost.
struct Certificates
{
    QString folder;
    QString ca(int n) const { return folder + QStringLiteral("/ca%1.crt").arg(n); }
    QString serverCert() const { return folder + QStringLiteral("/server.crt"); }
    QString serverKey() const { return folder + QStringLiteral("/server.key"); }
};

Certificates makeCertificates(const QString &folder)
{
    const QString openssl = QStringLiteral("openssl");
    const QStringList newKey {QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes")};
    Certificates made {folder};
    for (int n : {1, 2})
        run(openssl,
            QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + newKey
                + QStringList {QStringLiteral("-keyout"),
                    folder + QStringLiteral("/ca%1.key").arg(n), QStringLiteral("-out"), made.ca(n),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Teamforum test CA %1").arg(n)});
    const QString request = folder + QStringLiteral("/server.csr");
    run(openssl,
        QStringList {QStringLiteral("req")} + newKey
            + QStringList {QStringLiteral("-keyout"), made.serverKey(), QStringLiteral("-out"),
                request, QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
    const QString extensions = folder + QStringLiteral("/san.ext");
    QFile san(extensions);
    REQUIRE(san.open(QIODevice::WriteOnly));
    san.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    san.close();
    run(openssl,
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
            QStringLiteral("-CA"), made.ca(1), QStringLiteral("-CAkey"),
            folder + QStringLiteral("/ca1.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), made.serverCert(), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-extfile"), extensions});
    // The server reads its key only when no one else may.
    QFile::setPermissions(made.serverKey(), QFile::ReadOwner | QFile::WriteOwner);
    return made;
}

// A PostgreSQL server with TLS on, listening on 127.0.0.1 and 127.0.0.2,
// stopped when the test ends.
struct TlsServer
{
    QString binaries;
    QString data;
    int port = 0;

    TlsServer(const QString &folder, const Certificates &certificates)
        : binaries(postgresBinaries())
        , data(folder + QStringLiteral("/data"))
        , port(freePort())
    {
        REQUIRE(port > 0);
        if (::geteuid() == 0)
            run(QStringLiteral("chown"),
                {QStringLiteral("-R"), QStringLiteral("postgres:"), folder});
        runAsServer(binaries + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("teamforum"),
                QStringLiteral("--auth=trust"), QStringLiteral("--no-sync")});
        runAsServer(binaries + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), data, QStringLiteral("-l"),
                folder + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-o"),
                QStringLiteral("-c listen_addresses=127.0.0.1,127.0.0.2 -p %1 -k %2 -c fsync=off "
                               "-c ssl=on -c ssl_cert_file=%3 -c ssl_key_file=%4")
                    .arg(port)
                    .arg(folder, certificates.serverCert(), certificates.serverKey()),
                QStringLiteral("start")});
    }
    ~TlsServer()
    {
        QStringList arguments {binaries + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data,
            QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")};
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("runuser"),
                QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")}
                    + arguments);
        else
            QProcess::execute(arguments.takeFirst(), arguments);
    }
};

ConnectionSpec specFor(const QString &url)
{
    ConnectionSpec spec;
    QString error;
    INFO(url.toStdString());
    REQUIRE(ConnectionSpec::parse(url, &spec, &error));
    return spec;
}

// The Swedish refusal of opening the connection; empty when it opened.
QString refusalOf(const ConnectionSpec &spec)
{
    try {
        Database db(spec);
        db.open();
    } catch (const StorageError &error) {
        return error.userMessage();
    }
    return {};
}

bool usesTls(const ConnectionSpec &spec)
{
    Database db(spec);
    db.open();
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
        && query.next() && query.value(0).toBool();
}
} // namespace

TEST_CASE(
    "a verified TLS connection is made only to a server the CA vouches for", "[postgres][tls]")
{
    if (!test::postgresConfigured()
        || QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        WARN("needs TEAMFORUM_TEST_PG (a PostgreSQL for tests) and openssl");
        return;
    }
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const Certificates certificates = makeCertificates(folder.path());
    const TlsServer server(folder.path(), certificates);
    const auto url = [&](const QString &host, const QString &caFile) {
        return QStringLiteral("postgresql://teamforum@%1:%2/postgres?sslmode=verify-full"
                              "&sslrootcert=%3")
            .arg(host)
            .arg(server.port)
            .arg(caFile);
    };

    // The certificate the organisation's CA issued for the host.
    const ConnectionSpec trusted = specFor(url(QStringLiteral("127.0.0.1"), certificates.ca(1)));
    CHECK(refusalOf(trusted).isEmpty());
    CHECK(usesTls(trusted));

    // The same through the CA file of the settings, on an address without one.
    ConnectionSpec fromSettings
        = specFor(QStringLiteral("postgresql://teamforum@127.0.0.1:%1/postgres?sslmode=prefer")
                      .arg(server.port));
    QString error;
    REQUIRE(fromSettings.requireVerifiedTls(certificates.ca(1), &error));
    CHECK(fromSettings.options.contains(QStringLiteral("sslmode=verify-full")));
    CHECK_FALSE(fromSettings.options.contains(QStringLiteral("sslmode=prefer")));
    CHECK(refusalOf(fromSettings).isEmpty());

    // A server whose certificate another CA issued: not the server we trust.
    const QString otherCa
        = refusalOf(specFor(url(QStringLiteral("127.0.0.1"), certificates.ca(2))));
    CHECK(otherCa.contains(QStringLiteral("inte utfärdat av den certifikatutfärdare")));
    CHECK(otherCa.contains(QStringLiteral("Det gick inte att ansluta")));

    // A certificate issued for another host than the one connected to.
    const QString otherHost
        = refusalOf(specFor(url(QStringLiteral("127.0.0.2"), certificates.ca(1))));
    CHECK(otherHost.contains(QStringLiteral("gäller inte för den värd")));

    // A server without TLS (the tests' own server).
    QUrl plain(qEnvironmentVariable("TEAMFORUM_TEST_PG"));
    plain.setQuery(QStringLiteral("sslmode=verify-full&sslrootcert=") + certificates.ca(1));
    const QString noTls = refusalOf(specFor(plain.toString()));
    CHECK(noTls.contains(QStringLiteral("erbjuder ingen krypterad anslutning")));

    // A CA file that is not there.
    const QString missing = refusalOf(
        specFor(url(QStringLiteral("127.0.0.1"), folder.filePath(QStringLiteral("saknas.crt")))));
    CHECK(missing.contains(QStringLiteral("saknas eller kan inte läsas")));

    for (const QString &message : {otherCa, otherHost, noTls, missing}) {
        INFO(message.toStdString());
        CHECK_FALSE(message.contains(QStringLiteral("SSL")));
        CHECK_FALSE(message.contains(QStringLiteral("certificate")));
    }
}

TEST_CASE("a CA file whose path the driver cannot pass on is refused in Swedish", "[tls]")
{
    ConnectionSpec spec;
    QString error;
    CHECK_FALSE(ConnectionSpec::parse(
        QStringLiteral("postgresql://anna@db.example/teamforum?sslmode=verify-full"
                       "&sslrootcert=/etc/Mina%20certifikat/ca.crt"),
        &spec, &error));
    CHECK(error.contains(QStringLiteral("får inte innehålla mellanslag, semikolon")));
    CHECK(error.contains(QStringLiteral("sslrootcert")));

    REQUIRE(ConnectionSpec::parse(
        QStringLiteral("postgresql://anna@db.example/teamforum"), &spec, &error));
    error.clear();
    CHECK_FALSE(spec.requireVerifiedTls(QStringLiteral("/etc/ca;sslmode=disable.crt"), &error));
    CHECK(error.contains(QStringLiteral("semikolon")));
    CHECK_FALSE(spec.options.contains(QStringLiteral("sslmode")));
    CHECK(spec.requireVerifiedTls(QStringLiteral("/etc/teamforum/ca.crt"), &error));
    CHECK(spec.options == QStringLiteral("sslmode=verify-full;sslrootcert=/etc/teamforum/ca.crt"));
}
