#pragma once

#include "domain/io/CsvReader.h"
#include "domain/io/ImportColumns.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tf {

class Workspace;

struct ImportOptions
{
    RegisterKind kind = RegisterKind::Clients;
    // Column name in the file → field (key, header or alias); see mapColumns.
    QHash<QString, QString> mapping;
    // Checks and counts, writes nothing.
    bool dryRun = false;
    // With bad rows: writes the good ones instead of nothing.
    bool goodRowsOnly = false;
};

enum class ImportOutcome { Create, Update, Unchanged, Rejected };

// One row of the file as the import sees it.
struct ImportRow
{
    int line = 0;
    QStringList fields;
    ImportOutcome outcome = ImportOutcome::Rejected;
    QString reason; // Swedish, when rejected
};

// What the import found in the file before anything is written.
struct ImportPreview
{
    CsvTable table;
    QHash<int, QString> columns; // column index → field key
    QList<ImportRow> rows;
    int rejectedCount() const;
};

struct ImportRejection
{
    int line = 0;
    QString reason;
};

// created and updated count the rows written (with dryRun: that would be
// written); when bad rows stop the import, nothing is written and all three
// counts are 0.
struct ImportReport
{
    int read = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportRejection> rejected;
    bool written = false; // something was saved
    // {"read", "created", "updated", "unchanged", "rejected": [{"line", "reason"}]}
    QJsonObject toJson() const;
};

// Brings units, staff or clients in from a CSV file of a record or HR system,
// and keeps them current on the next import: a unit is recognised by its
// name, a member of staff by login or e-mail (by name when the file has
// neither), a client by personnummer; a recognised row updates what differs
// and leaves empty cells alone, so nothing recorded is lost. Every row is
// checked first (personnummer, unit, profession, e-mail, date, a
// personnummer, login or e-mail twice in the file); with a bad row nothing
// is written unless goodRowsOnly. The whole import is one transaction, each
// change recorded in the change log for the workspace's person.
class RegisterImport
{
public:
    explicit RegisterImport(Workspace &workspace);

    // Reads and checks the file against the register; writes nothing.
    // Throws StorageError (Refused) when a column needed to recognise a row
    // is missing.
    ImportPreview preview(
        const QByteArray &csv, RegisterKind kind, const QHash<QString, QString> &mapping = {});
    ImportReport run(const QByteArray &csv, const ImportOptions &options);

    // Whether the signed-in person is offered the import in the window: an
    // enhetschef (profession or role), or on PostgreSQL an administrator.
    // The database decides on PostgreSQL what each login may write.
    bool offeredToSignedIn();

private:
    struct Plan;
    ImportPreview check(const QByteArray &csv, RegisterKind kind,
        const QHash<QString, QString> &mapping, Plan *plan);
    void apply(Plan &plan, ImportPreview &preview);

    Workspace &m_workspace;
};

} // namespace tf
