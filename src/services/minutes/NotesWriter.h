#pragma once

#include "domain/Meeting.h"
#include "domain/StorageError.h"

#include <QFuture>
#include <QList>

#include <memory>
#include <optional>

namespace tf {

class Database;
class WorkspaceBeside;

// What became of one notes field sent to NotesWriter::save().
struct NoteSaveResult
{
    MinuteEntry saved; // as stored, when there is no error
    std::optional<StorageError> error;
    // After a Conflict: the field as it is stored now, for the two texts
    // to be merged or chosen between; empty when the item or field is gone.
    std::optional<MinuteEntry> stored;
};

// Saves the notes typed in meeting mode, one field after another in the
// order sent. On PostgreSQL it has a connection and a thread of its own:
// save() returns at once and its future is fulfilled when the server has
// answered, so typing never waits for the network or for someone else's
// lock. The connection is opened at the first save, with the session
// limits of the one it was made from, and opened again after it was lost.
// On SQLite a save is a local write of about a millisecond, and a second
// connection would only contend with the program's own for SQLite's one
// write lock: the save runs at once on the given connection.
class NotesWriter
{
public:
    explicit NotesWriter(Database &db);
    // What was sent is saved before the connection closes.
    ~NotesWriter();
    NotesWriter(const NotesWriter &) = delete;
    NotesWriter &operator=(const NotesWriter &) = delete;

    // The entries with their new texts; one result per entry, in order.
    // After a lost connection the rest are not tried (ConnectionLost).
    QFuture<QList<NoteSaveResult>> save(const QList<MinuteEntry> &entries, qint64 actorId);
    bool hasOwnConnection() const { return m_own != nullptr; }
    // PostgreSQL: whether the server session with this process id is the
    // writer's own connection, whose commits are this client's own. May be
    // called from any thread.
    bool isOwnSession(int backendPid) const;

private:
    Database &m_given;
    std::unique_ptr<WorkspaceBeside> m_own; // PostgreSQL only
};

} // namespace tf
