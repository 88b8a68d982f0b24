#pragma once

#include "domain/io/ImportColumns.h"
#include "services/register/RegisterImport.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tf {

class Workspace;

// What a deviation import did: rows read, created and updated, and the rows
// refused by line. With a refused row nothing is written.
struct DeviationImportReport
{
    int read = 0;
    int created = 0;
    int updated = 0;
    QList<ImportRejection> rejected;
    bool written = false;
    // {"read", "created", "updated", "rejected": [{"line", "reason"}]}
    QJsonObject toJson() const;
};

// Brings avvikelser in from a record system's CSV export (CsvReader: UTF-8
// or Windows-1252, comma or semicolon). The columns are recognised by name
// (datum, kategori, allvarlighetsgrad, beskrivning, status, enhet,
// ärendenummer and their aliases) or by a mapping, which is remembered for
// this computer account (ImportMappings, "deviations") and used again on the
// next import. Every row is checked by the rules of saveDeviation (a
// description that names a client is refused); with one bad row nothing is
// written and each bad row is reported with its line in the file. Rows
// without a unit column belong to defaultUnitId; a row whose record-system
// number (ärendenummer) the unit already has updates that deviation. The
// whole import is one transaction.
class DeviationImport
{
public:
    explicit DeviationImport(Workspace &workspace);

    static QString importKey(); // "deviations"
    static const QList<RegisterField> &fields();

    // mapping: column name in the file → field (key, header or alias); it is
    // added to the remembered mapping first. Throws StorageError (Refused)
    // when a required column is missing or the default unit is unknown.
    DeviationImportReport run(
        const QByteArray &csv, qint64 defaultUnitId, const QHash<QString, QString> &mapping = {});

private:
    Workspace &m_workspace;
};

} // namespace tf
