#pragma once

#include "domain/care/HospitalStay.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace tf {

class Database;

// Stays in hospital marked on clients (hospital_stay, migration 030), from the
// day admitted to the day the client came home. Only added.
class HospitalStayRepository
{
public:
    explicit HospitalStayRepository(Database &db);

    qint64 add(const HospitalStay &stay, qint64 actorId);
    // The client's stays, latest home first.
    QList<HospitalStay> ofClient(qint64 clientId);
    // The latest day each of the clients came home, in one read.
    QHash<qint64, QDate> latestOf(const QList<qint64> &clientIds);

private:
    Database &m_db;
};

} // namespace tf
