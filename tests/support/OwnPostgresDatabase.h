#pragma once

#include "storage/ConnectionSpec.h"

#include <QSqlDatabase>

namespace tf::test {

// A database of its own on the test server (TEAMFORUM_TEST_PG), dropped at
// the end, for tests that cut or refuse the program's connections without
// touching the other tests' schemas. Administered through a connection to
// the server's test database.
class OwnPostgresDatabase
{
public:
    OwnPostgresDatabase();
    ~OwnPostgresDatabase();
    OwnPostgresDatabase(const OwnPostgresDatabase &) = delete;
    OwnPostgresDatabase &operator=(const OwnPostgresDatabase &) = delete;

    ConnectionSpec spec() const { return m_spec; }
    // Ends every other connection to the database (pg_terminate_backend),
    // as a server restart or an administrator would, and waits until they
    // are gone. Returns how many.
    int terminateConnections();
    // While false, nobody can connect to the database (a server still
    // starting, a failover not yet done).
    void allowConnections(bool allow);
    // Runs a statement on the administering connection; throws on failure.
    void exec(const QString &sql);

private:
    ConnectionSpec m_spec;
    QString m_connectionName;
    QSqlDatabase m_admin;
};

} // namespace tf::test
