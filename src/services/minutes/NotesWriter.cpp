#include "services/minutes/NotesWriter.h"

#include "services/minutes/MeetingMinutes.h"
#include "storage/Database.h"
#include "storage/MinutesRepository.h"

#include <QObject>
#include <QPromise>
#include <QThread>

#include <atomic>

namespace tf {

namespace {
using Results = QList<NoteSaveResult>;

// The field as it is stored now, after a save met a newer version.
std::optional<MinuteEntry> storedNow(Database &db, const MinuteEntry &entry)
{
    try {
        return MinutesRepository(db).entry(entry.agendaItemId, entry.section);
    } catch (const StorageError &) {
        return std::nullopt; // said as the conflict's own message
    }
}

// Each entry in a transaction of its own, as MeetingMinutes::saveEntry saves
// it; once the connection is lost the rest are not tried.
Results saveEach(Database &db, const QList<MinuteEntry> &entries, qint64 actorId)
{
    Results results;
    std::optional<StorageError> lost;
    for (const MinuteEntry &entry : entries) {
        NoteSaveResult result;
        if (lost) {
            result.error = lost;
            results << result;
            continue;
        }
        try {
            result.saved = MeetingMinutes::saveEntry(db, entry, actorId);
        } catch (const StorageError &error) {
            result.error = error;
            if (error.kind() == StorageError::Kind::Conflict)
                result.stored = storedNow(db, entry);
            if (error.kind() == StorageError::Kind::ConnectionLost)
                lost = error;
        }
        results << result;
    }
    return results;
}

Results failedAll(const QList<MinuteEntry> &entries, const StorageError &error)
{
    NoteSaveResult failed;
    failed.error = error;
    return Results(entries.size(), failed);
}

// A connection that cannot be opened is, for the text typed, a lost one:
// it is saved when the server answers again.
StorageError asLost(const StorageError &error)
{
    return StorageError(
        StorageError::Kind::ConnectionLost, error.userMessage(), error.nativeCode());
}
} // namespace

struct NotesWriter::OwnConnection
{
    ConnectionSpec spec;
    Database::WaitLimits limits;
    QThread thread;
    QObject context; // moved to `thread`: saves are queued to it
    std::unique_ptr<Database> db; // used on `thread` only
    std::atomic<int> session {0};

    // On `thread`: the connection, opened at the first save and opened
    // again after the server dropped it. Throws ConnectionLost.
    Database &open()
    {
        try {
            if (db && db->isConnectionLost()) {
                session = 0;
                db->reconnect();
                session = db->backendPid();
            }
            if (!db) {
                auto fresh = std::make_unique<Database>(spec);
                fresh->setWaitLimits(limits);
                fresh->open();
                session = fresh->backendPid();
                db = std::move(fresh);
            }
        } catch (const StorageError &error) {
            throw asLost(error);
        }
        return *db;
    }
};

NotesWriter::NotesWriter(Database &db)
    : m_given(db)
{
    if (!db.isPostgres())
        return;
    m_own = std::make_unique<OwnConnection>();
    m_own->spec = db.spec();
    m_own->limits = db.waitLimits();
    m_own->thread.setObjectName(QStringLiteral("NotesWriter"));
    m_own->context.moveToThread(&m_own->thread);
    m_own->thread.start();
}

NotesWriter::~NotesWriter()
{
    if (!m_own)
        return;
    // Queued behind the saves sent: they are made first, then the
    // connection closes on the thread that opened it.
    OwnConnection *own = m_own.get();
    QMetaObject::invokeMethod(
        &own->context,
        [own] {
            own->session = 0;
            own->db.reset();
            own->thread.quit();
        },
        Qt::QueuedConnection);
    own->thread.wait();
}

QFuture<QList<NoteSaveResult>> NotesWriter::save(const QList<MinuteEntry> &entries, qint64 actorId)
{
    auto promise = std::make_shared<QPromise<Results>>();
    QFuture<Results> future = promise->future();
    promise->start();
    if (!m_own) {
        promise->addResult(saveEach(m_given, entries, actorId));
        promise->finish();
        return future;
    }
    OwnConnection *own = m_own.get();
    QMetaObject::invokeMethod(
        &own->context,
        [own, promise, entries, actorId] {
            Results results;
            try {
                results = saveEach(own->open(), entries, actorId);
            } catch (const StorageError &error) {
                results = failedAll(entries, error);
            }
            promise->addResult(results);
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

bool NotesWriter::isOwnSession(int backendPid) const
{
    return m_own && backendPid != 0 && m_own->session == backendPid;
}

} // namespace tf
