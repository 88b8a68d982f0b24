#pragma once

#include "domain/Person.h"

#include <optional>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// Who is using the program. On SQLite the person is remembered for this
// computer account (QSettings, per database file); on PostgreSQL the
// database login identifies the person.
class Identity
{
public:
    explicit Identity(Workspace &workspace);

    // The known person, if any; also sets the workspace's actor.
    std::optional<Person> recognise();
    // Creates the person (with the login on PostgreSQL), remembers them and
    // sets the workspace's actor. Returns the new id.
    qint64 registerPerson(Person person);
    // Remembers an existing person as the one using this computer account.
    void adopt(qint64 personId);

    // On PostgreSQL the database login says who is working; nobody can
    // choose to be someone else there.
    bool loginIdentifies();
    // Whether whoever is signed in may tie logins to people: on PostgreSQL
    // an administrator or the schema's owner; on SQLite, which has no
    // logins, always.
    bool mayAdminister();
    // Whether the signed-in person is offered the organisation's registers
    // and the purge (gallring): an enhetschef (by profession or role), or a
    // PostgreSQL administrator.
    bool managesOrganisation();
    // The same read with a batch's other reads.
    Later<bool> managesOrganisation(ReadBatch &batch);
    // The rule of managesOrganisation() for the signed-in person and the
    // login's rights read already (loginAdministers: false on SQLite), for a
    // page that reads them together with its other reads.
    static bool manages(const std::optional<Person> &person, bool loginAdministers);
    // On PostgreSQL a login tied to no person sees nothing and may do
    // nothing but administer logins. Throws StorageError (Refused) with a
    // Swedish message saying so when recognise() found no active person for
    // the login and it cannot administer. Call after recognise().
    void refuseUntiedLogin();
    // The command line's --as: records this run's reads and changes for an
    // existing person without remembering them. Throws StorageError with a
    // Swedish message on PostgreSQL or for an unknown person.
    void actAs(qint64 personId);

private:
    QString settingsKey() const;

    Workspace &m_workspace;
};

} // namespace tf
