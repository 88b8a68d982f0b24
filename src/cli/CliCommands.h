#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

namespace tf {

class Workspace;
struct ConnectionSpec;

struct CliContext
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QStringList arguments; // positional arguments after the command name
    const QCommandLineOption &database;
    const QCommandLineOption &serviceType;
};

struct CliCommand
{
    QString name;
    QString summary;
    int (*run)(CliContext &context);
};

// The database named by --database, or the local default when it is not given.
// Throws StorageError with a Swedish message when the value cannot be parsed.
ConnectionSpec connectionFrom(CliContext &context);
// A workspace opened on connectionFrom(context), its person identified by
// identifyReader.
std::unique_ptr<Workspace> openWorkspace(CliContext &context);
// Who reads, for the access log: on SQLite the person of --as, else the
// person remembered for this computer account, else nobody (the entries
// then have no person, and their purpose says the command line); on
// PostgreSQL the database login's person (--as is refused). Throws
// StorageError with a Swedish message for an unknown --as, and on
// PostgreSQL for a login tied to no person that is no administrator.
void identifyReader(CliContext &context, Workspace &workspace);

// Indented JSON on out, as every command prints its result.
void printJson(QTextStream &out, const QJsonDocument &document);

// A moment as the commands print it: ISO 8601 in UTC ("…Z").
QString utcIso(const QDateTime &moment);

int runTemplates(CliContext &context);
int runCheck(CliContext &context);
int runValidatePersonnummer(CliContext &context);
int runVersion(CliContext &context);

} // namespace tf
