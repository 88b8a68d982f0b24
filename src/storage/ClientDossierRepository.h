#pragma once

#include "domain/ClientDossier.h"

namespace tf {

class Database;

// The agenda items about a client across every meeting, with the meeting's
// time, forum and unit, oldest first (the rest of a dossier comes from the
// repositories of each kind of record).
class ClientDossierRepository
{
public:
    explicit ClientDossierRepository(Database &db);

    QList<DossierItem> agendaItemsAbout(qint64 clientId);

private:
    Database &m_db;
};

} // namespace tf
