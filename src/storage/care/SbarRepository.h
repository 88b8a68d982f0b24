#pragma once

#include "domain/care/CareRecords.h"

#include <QList>
#include <optional>

namespace tf {

class Database;

// SBAR reports, linked to a client and optionally to a meeting's agenda item.
class SbarRepository
{
public:
    explicit SbarRepository(Database &db);

    // Throws StorageError with the Swedish validation message.
    qint64 create(const SbarReport &report, qint64 actorId);
    // Saves what is completed after the call (reply, ordination,
    // återrapportering, read-back) and the agenda item; what was sent stays
    // as stored. Throws StorageError::Kind::Conflict when the report changed
    // since it was read. Returns the new version.
    int complete(const SbarReport &report, qint64 actorId);
    std::optional<SbarReport> byId(qint64 id);
    QList<SbarReport> byClient(qint64 clientId);
    QList<SbarReport> byAgendaItem(qint64 agendaItemId);

private:
    QList<SbarReport> select(const QString &where, qint64 value);

    Database &m_db;
};

} // namespace tf
