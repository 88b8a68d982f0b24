#pragma once

#include <QString>

namespace tf {

class Workspace;

// A person's own code, with which they confirm who they are on a computer
// account that several people share (SQLite, where there are no logins):
// the approver of minutes signs in with it. Only a salted PBKDF2-SHA256
// hash is kept. On PostgreSQL the login is the identity and no codes exist.
// docs/identity.md says what the code protects against and what not.
class PersonalCodes
{
public:
    static constexpr int kMinimumLength = 6;

    explicit PersonalCodes(Workspace &workspace);

    // Whether the person has chosen a code (always false on PostgreSQL).
    bool hasCode(qint64 personId);
    // The person chooses their code the first time they need it. Refused in
    // Swedish when they have one already, when the code is shorter than
    // kMinimumLength or on PostgreSQL.
    void chooseFirst(qint64 personId, const QString &code);
    // Replaces the code; the current one confirms the change.
    void change(qint64 personId, const QString &currentCode, const QString &newCode);
    // Throws StorageError (Refused) with a Swedish message unless the code is
    // the person's.
    void confirm(qint64 personId, const QString &code);

private:
    void store(qint64 personId, const QString &code);
    QString nameOf(qint64 personId);

    Workspace &m_workspace;
};

} // namespace tf
