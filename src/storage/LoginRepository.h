#pragma once

#include <QString>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// The database logins of the people (PostgreSQL only; see migration 013 and
// docs/postgresql-access.md). The database decides who the signed-in login
// is and who may tie logins to people; this class only asks it.
class LoginRepository
{
public:
    explicit LoginRepository(Database &db);

    // The person tied to the signed-in login who has not left; 0 for none.
    qint64 currentPersonId();
    // Whether the signed-in login may tie logins to people: an
    // administrator, or the owner of the schema.
    bool currentLoginAdministers();
    Later<bool> currentLoginAdministers(ReadBatch &batch);
    // Whether the login owns the schema's tables (or is a superuser), and so
    // sees and may remove every client's rows.
    bool currentLoginOwns();
    // Ties login to the person (creating the login role when it is new) and
    // makes it a member of the users' group, and of the administrators' with
    // administrator. Throws StorageError with the server's SQLSTATE as
    // native code: 42501 not allowed, P0002 no such person, 23505 the login
    // is another person's, 22023 a name that cannot be a login.
    void grant(qint64 personId, const QString &login, bool administrator, qint64 actorId);
    // Unties the person's login and takes it out of the groups. Returns the
    // login untied, empty when the person had none.
    QString revoke(qint64 personId, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
