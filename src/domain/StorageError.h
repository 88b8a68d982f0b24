#pragma once

#include <QString>

#include <stdexcept>

namespace tf {

// A failure of the store or a refusal by a rule where data is written,
// carrying a Swedish message fit for the user and the engine's native code
// (SQLite extended code or PostgreSQL SQLSTATE) for logic. It lives in the
// domain layer so that every layer, the views included, can catch it without
// reaching into storage.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        General,
        Busy,
        NotADatabase,
        Corrupt,
        DiskFull,
        ReadOnly,
        Conflict,
        NotFound,
        Refused, // a rule forbids the change (locked minutes, missing consent)
        // The connection to the database server is gone (PostgreSQL): what
        // the statement was to write is not saved; the program reconnects.
        ConnectionLost
    };

    StorageError(Kind kind, const QString &userMessage, const QString &nativeCode = {})
        : std::runtime_error(userMessage.toStdString())
        , m_kind(kind)
        , m_message(userMessage)
        , m_nativeCode(nativeCode)
    { }

    Kind kind() const { return m_kind; }
    QString userMessage() const { return m_message; }
    QString nativeCode() const { return m_nativeCode; }

private:
    Kind m_kind;
    QString m_message;
    QString m_nativeCode;
};

} // namespace tf
