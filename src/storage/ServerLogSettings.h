#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tf {

class Database;

// PostgreSQL writes failed statements, their error details and even the
// primary message of some errors ("invalid input syntax for type bigint:
// "…"") into the server's log. Qt's driver sends bound values as literals in
// the statement text, so with the server's defaults a note or a personnummer
// can end up there. These per-database settings keep every value the program
// sends out of the server log; only a superuser may make them.
struct ServerLogSetting
{
    QString name;
    QString value; // as SHOW prints it
};

const QList<ServerLogSetting> &careSafeLogSettings();

// The settings this session has with another value than careSafeLogSettings(),
// as "name=value" (the value it has). Empty on SQLite, and when all hold.
QStringList careSafeLogGaps(Database &db);

// Sets careSafeLogSettings() on the connected database (ALTER DATABASE … SET),
// for sessions that start from now on. Throws StorageError (Refused, in
// Swedish) when the login lacks the right.
void applyCareSafeLogSettings(Database &db);

} // namespace tf
