#include "services/AccessLogger.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/Database.h"

#include <spdlog/spdlog.h>

#include <utility>

namespace tf {

AccessLogger::AccessLogger(Workspace &workspace)
    : m_workspace(workspace)
{ }

void AccessLogger::clientRead(
    qint64 clientId, AccessKind kind, AccessPurpose purpose, qint64 meetingId)
{
    read({AccessRead {clientId, kind, purpose, meetingId}});
}

void AccessLogger::clientsRead(
    const QList<qint64> &clientIds, AccessKind kind, AccessPurpose purpose, qint64 meetingId)
{
    QList<AccessRead> reads;
    for (qint64 clientId : clientIds)
        reads << AccessRead {clientId, kind, purpose, meetingId};
    read(reads);
}

AccessLogger::Together::Together(AccessLogger &logger)
    : m_logger(logger)
{
    ++m_logger.m_together;
}

AccessLogger::Together::~Together()
{
    if (--m_logger.m_together > 0)
        return;
    const QList<AccessRead> pending = std::exchange(m_logger.m_pending, {});
    m_logger.write(pending); // reports failures in the program's log, never throws them
}

void AccessLogger::read(const QList<AccessRead> &reads)
{
    if (m_together > 0)
        m_pending += reads;
    else
        write(reads);
}

void AccessLogger::write(const QList<AccessRead> &reads)
{
    if (m_workspace.database().isReadOnly()) {
        if (!m_warnedReadOnly)
            spdlog::warn("access log: database is read-only, reads are not recorded");
        m_warnedReadOnly = true;
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 actor = m_workspace.actorId();
    QList<AccessLogEntry> entries;
    QStringList keys;
    for (const AccessRead &read : reads) {
        if (read.clientId <= 0)
            continue;
        const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                                .arg(actor)
                                .arg(read.clientId)
                                .arg(static_cast<int>(read.kind))
                                .arg(static_cast<int>(read.purpose))
                                .arg(read.meetingId);
        if (keys.contains(key))
            continue;
        const auto last = m_lastRecorded.constFind(key);
        if (last != m_lastRecorded.constEnd() && last->secsTo(now) < kRepeatSeconds)
            continue;
        AccessLogEntry entry;
        entry.accessedUtc = now;
        entry.personId = actor;
        entry.clientId = read.clientId;
        entry.kind = read.kind;
        entry.purpose = accessPurposeKey(read.purpose);
        entry.meetingId = read.meetingId;
        entries << entry;
        keys << key;
    }
    if (entries.isEmpty())
        return;
    try {
        m_workspace.accessLog().record(entries);
    } catch (const StorageError &error) {
        spdlog::warn("access log: {} read(s) by person {} not recorded: {}", entries.size(), actor,
            error.userMessage().toStdString());
        return;
    }
    for (const QString &key : keys)
        m_lastRecorded.insert(key, now);
}

} // namespace tf
