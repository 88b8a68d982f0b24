#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace tf {

class Database;

// Stays in hospital marked on clients (hospital_stay, migration 030), by the
// day the client came home. Only added.
class HospitalStayRepository
{
public:
    explicit HospitalStayRepository(Database &db);

    qint64 add(qint64 clientId, const QDate &dischargedOn, const QString &note, qint64 actorId);
    // The latest day each of the clients came home, in one read.
    QHash<qint64, QDate> latestOf(const QList<qint64> &clientIds);

private:
    Database &m_db;
};

} // namespace tf
