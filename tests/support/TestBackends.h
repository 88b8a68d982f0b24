#pragma once

#include "storage/ConnectionSpec.h"

#include <QList>
#include <QTemporaryDir>

#include <memory>

namespace tf::test {

// A fresh, empty database on one engine. SQLite: a new file in a temporary
// folder. PostgreSQL (when TEAMFORUM_TEST_PG names a server): the public
// test gets a new schema of its own.
struct TestBackend
{
    QString name;
    ConnectionSpec spec;
    QString url; // PostgreSQL: the same database as a --database URL
    std::shared_ptr<QTemporaryDir> folder;
};

// SQLite always; PostgreSQL too when TEAMFORUM_TEST_PG is set.
QList<TestBackend> testBackends();
TestBackend sqliteBackend();
bool postgresConfigured();

} // namespace tf::test
