#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tf {

// How many rows of one table went in a purge (what: the table's name), or
// an archive file made for a preserved client (what: "arkiv_pdf",
// "arkiv_json", rows 1).
struct PurgeCount
{
    QString what;
    int rows = 0;
};

// One client in a gallringsprotokoll, by a neutral number (1, 2, 3 … within
// the protocol), never by id, name or personnummer.
struct PurgeProtocolItem
{
    int number = 0;
    QString decision; // "purge" or "preserve"
    QList<PurgeCount> counts;
};

// The gallringsprotokoll of one purge.
struct PurgeProtocol
{
    qint64 id = 0;
    QDateTime purgedAtUtc;
    qint64 purgedBy = 0;
    QDate asOf; // the day the rule was applied for
    QString provider; // "municipal" or "private"
    QString legalReference;
    QString archiveFolder; // where the preserved clients were exported
    QDate backupsGoneBy; // SQLite: the last day a backup may hold purged data
    QString engineNote; // what the engine still has to do (PostgreSQL: VACUUM)
    QList<PurgeProtocolItem> items;
};

} // namespace tf
