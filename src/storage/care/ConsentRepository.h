#pragma once

#include "domain/care/Consent.h"

#include <QHash>
#include <QList>
#include <optional>

namespace tf {

class ClientSet;
class Database;
class ReadBatch;
template <typename T> class Later;

// Consent decisions per client and scope. A renewal or change is a new row,
// so the history shows who decided what and when.
class ConsentRepository
{
public:
    explicit ConsentRepository(Database &db);

    // Sets validUntil to a year after decidedOn when it is not given.
    // Throws StorageError with the Swedish validation message.
    qint64 add(Consent consent, qint64 actorId);
    // Newest decision first.
    QList<Consent> history(qint64 clientId);
    std::optional<Consent> latest(qint64 clientId, ConsentScope scope);
    // latest() of several clients in one read, by client; a client without
    // a decision in the scope is not in the result.
    Later<QHash<qint64, Consent>> latestOfClients(
        ReadBatch &batch, const ClientSet &clients, ConsentScope scope);

private:
    Database &m_db;
};

} // namespace tf
