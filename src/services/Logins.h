#pragma once

#include <QString>

namespace tf {

class Workspace;

// Ties PostgreSQL logins to people, as municipal IT or an administrator
// does when someone starts or leaves: grant-login and revoke-login of the
// command line. The database enforces who may (migration 013); this service
// checks what it can first and says every refusal in Swedish.
class Logins
{
public:
    explicit Logins(Workspace &workspace);

    // Throws StorageError with a Swedish message: on SQLite, for a name
    // that cannot be a login, an unknown person, a login that is another
    // person's or has more rights than a user, or a caller who may not.
    void grant(qint64 personId, const QString &login, bool administrator);
    // Returns the login untied (empty when the person had none).
    QString revoke(qint64 personId);

    // A PostgreSQL role name Teamforum ties to a person: lower-case ASCII
    // letters, digits and '_', starting with a letter or '_', at most 63
    // characters, not reserved by PostgreSQL ("pg_…").
    static bool isUsableLogin(const QString &login);

private:
    void refuseUnlessPostgres() const;
    [[noreturn]] void rethrowInSwedish(
        const class StorageError &error, qint64 personId, const QString &login) const;

    Workspace &m_workspace;
};

} // namespace tf
