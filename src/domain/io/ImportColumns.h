#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tf {

// What a CSV file brings in or takes out of the register.
enum class RegisterKind { Units, Staff, Clients };
QString registerKindKey(RegisterKind kind); // "units", "staff", "clients"
bool registerKindFromKey(const QString &key, RegisterKind *kind);
QString registerKindLabel(RegisterKind kind); // Swedish: "Enheter" …

// A field of a kind, known by its key; header is the column name export
// writes and import recognises without a mapping, aliases the other column
// names of record and HR systems that are recognised too.
struct RegisterField
{
    QString key;
    QString header;
    QStringList aliases;
    bool required = false; // a new row cannot be created without it
};
const QList<RegisterField> &registerFields(RegisterKind kind);
// The column names export writes, in order.
QStringList exportHeader(RegisterKind kind);

// Which column of the file holds which field: column index → field key.
// A column is recognised by its header, compared without case and
// surrounding space, or by mapping (header in the file → field key or field
// header), which wins. Columns that name no field are left out.
QHash<int, QString> mapColumns(
    RegisterKind kind, const QStringList &header, const QHash<QString, QString> &mapping);
// The field key for a name given by the user: a key, a header or an alias;
// empty when none matches.
QString registerFieldKey(RegisterKind kind, const QString &name);

// The same for any list of fields (another import's columns).
QHash<int, QString> mapColumns(const QList<RegisterField> &fields, const QStringList &header,
    const QHash<QString, QString> &mapping);
QString fieldKey(const QList<RegisterField> &fields, const QString &name);

} // namespace tf
