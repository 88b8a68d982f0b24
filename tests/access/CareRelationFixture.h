#pragma once

#include "support/TestBackends.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tf {
class Workspace;
}

namespace tf::test {

// Two units of one organisation on a fresh PostgreSQL schema, with the
// people of the access matrix and their own logins:
//   unit A: clients a1 (contact person: contact, nurse: nurseA) and a2
//           (nurse: nurseA); the chair chairs A's series, nurseA is on
//           A's team; meeting mA takes up a1 and a2 and has a general item.
//   unit B: client b1; nurseB is on B's team; meeting mB takes up b1.
// Every client has one row in each client table (assessments with two
// answers; a handover of the client's nurse role from nurseA to contact). admin administers and has
// no care relation; nobody is a member of the users' group whose login is tied to no person. Needs
// TEAMFORUM_TEST_PG.
class CareRelationFixture
{
public:
    enum Who { Chair, Contact, NurseA, NurseB, Admin, Nobody };
    // Ids as created, in this order.
    static constexpr qint64 kUnitA = 1, kUnitB = 2;
    static constexpr qint64 kClientA1 = 1, kClientA2 = 2, kClientB1 = 3;
    static constexpr qint64 kMeetingA = 1, kMeetingB = 2;

    CareRelationFixture();
    ~CareRelationFixture();

    // The login role of who, unique on the server to this schema.
    QString login(Who who) const;
    qint64 personId(Who who) const;
    // A new connection as who's login (closed when the fixture ends).
    QSqlDatabase connectAs(Who who);
    // The superuser's connection, which bypasses row-level security.
    QSqlDatabase owner();
    // The same database as a --database URL for who's login.
    QString urlAs(Who who) const;
    const TestBackend &backend() const { return m_backend; }

private:
    void build();
    QSqlDatabase open(const QString &name, const QString &user);

    TestBackend m_backend;
    QString m_schema;
    QStringList m_connections;
};

} // namespace tf::test
