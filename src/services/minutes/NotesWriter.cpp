#include "services/minutes/NotesWriter.h"

#include "services/Workspace.h"
#include "services/WorkspaceBeside.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/Database.h"
#include "storage/MinutesRepository.h"

#include <QPromise>

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
} // namespace

NotesWriter::NotesWriter(Database &db)
    : m_given(db)
{
    if (db.isPostgres())
        m_own = std::make_unique<WorkspaceBeside>(db, QStringLiteral("NotesWriter"));
}

NotesWriter::~NotesWriter() = default;

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
    m_own->post(
        actorId,
        [promise, entries, actorId](Workspace &workspace) {
            promise->addResult(saveEach(workspace.database(), entries, actorId));
            promise->finish();
        },
        [promise, entries](const StorageError &error) {
            promise->addResult(failedAll(entries, error));
            promise->finish();
        });
    return future;
}

bool NotesWriter::isOwnSession(int backendPid) const
{
    return m_own && m_own->isOwnSession(backendPid);
}

} // namespace tf
