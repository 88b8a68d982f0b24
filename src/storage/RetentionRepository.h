#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tf {

class Database;

// One client record and the newest entry about them in any table that holds
// their data (the record itself, agenda items, notes, actions and their
// feedback, admission, assessments, consent, participation, SBAR, SIP,
// addenda, next-meeting choices).
struct ClientLastEntry
{
    qint64 clientId = 0;
    qint64 unitId = 0;
    QString personnummer;
    QString name;
    QDateTime lastEntryUtc;
};

class RetentionRepository
{
public:
    explicit RetentionRepository(Database &db);

    // Every client record, by personnummer.
    QList<ClientLastEntry> lastEntries();

private:
    Database &m_db;
};

} // namespace tf
