#include "domain/io/ImportColumns.h"

namespace tf {

namespace {
QString folded(const QString &name)
{
    return name.simplified().toLower();
}
} // namespace

QString registerKindKey(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Units:
        return QStringLiteral("units");
    case RegisterKind::Staff:
        return QStringLiteral("staff");
    case RegisterKind::Clients:
        return QStringLiteral("clients");
    }
    return {};
}

bool registerKindFromKey(const QString &key, RegisterKind *kind)
{
    for (RegisterKind candidate :
        {RegisterKind::Units, RegisterKind::Staff, RegisterKind::Clients}) {
        if (registerKindKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString registerKindLabel(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Units:
        return QStringLiteral("Enheter");
    case RegisterKind::Staff:
        return QStringLiteral("Personal");
    case RegisterKind::Clients:
        return QStringLiteral("Kunder");
    }
    return {};
}

const QList<RegisterField> &registerFields(RegisterKind kind)
{
    static const QList<RegisterField> units = {
        {QStringLiteral("name"), QStringLiteral("namn"),
            {QStringLiteral("enhet"), QStringLiteral("enhetsnamn"), QStringLiteral("name")}, true},
        {QStringLiteral("serviceType"), QStringLiteral("verksamhet"),
            {QStringLiteral("verksamhetstyp"), QStringLiteral("typ")}, true},
        {QStringLiteral("parent"), QStringLiteral("ingår i"),
            {QStringLiteral("överordnad enhet"), QStringLiteral("verksamhetsområde")}, false},
    };
    static const QList<RegisterField> staff = {
        {QStringLiteral("name"), QStringLiteral("namn"),
            {QStringLiteral("för- och efternamn"), QStringLiteral("fullständigt namn"),
                QStringLiteral("name")},
            true},
        {QStringLiteral("profession"), QStringLiteral("yrke"),
            {QStringLiteral("befattning"), QStringLiteral("yrkesgrupp"), QStringLiteral("titel")},
            false},
        {QStringLiteral("email"), QStringLiteral("e-post"),
            {QStringLiteral("epost"), QStringLiteral("e-postadress"), QStringLiteral("mejl"),
                QStringLiteral("email"), QStringLiteral("e-mail")},
            false},
        {QStringLiteral("login"), QStringLiteral("inloggning"),
            {QStringLiteral("användarnamn"), QStringLiteral("användar-id"),
                QStringLiteral("login")},
            false},
        {QStringLiteral("units"), QStringLiteral("enheter"),
            {QStringLiteral("enhet"), QStringLiteral("arbetsplats")}, false},
        {QStringLiteral("role"), QStringLiteral("roll"), {QStringLiteral("funktion")}, false},
    };
    static const QList<RegisterField> clients = {
        {QStringLiteral("personnummer"), QStringLiteral("personnummer"),
            {QStringLiteral("pnr"), QStringLiteral("personnr"),
                QStringLiteral("personnummer/"
                               "samordningsnummer")},
            true},
        {QStringLiteral("name"), QStringLiteral("namn"),
            {QStringLiteral("för- och efternamn"), QStringLiteral("kund"),
                QStringLiteral("brukare")},
            true},
        {QStringLiteral("unit"), QStringLiteral("enhet"),
            {QStringLiteral("avdelning"), QStringLiteral("boende")}, true},
        {QStringLiteral("apartment"), QStringLiteral("lägenhet"),
            {QStringLiteral("adress"), QStringLiteral("lgh"), QStringLiteral("lägenhetsnummer")},
            false},
        {QStringLiteral("contactPerson"), QStringLiteral("kontaktman"),
            {QStringLiteral("fast omsorgskontakt"), QStringLiteral("kontaktperson")}, false},
        {QStringLiteral("nurse"), QStringLiteral("sjuksköterska"),
            {QStringLiteral("ansvarig sjuksköterska"), QStringLiteral("omvårdnadsansvarig")},
            false},
        {QStringLiteral("startDate"), QStringLiteral("startdatum"),
            {QStringLiteral("insatsens startdatum"), QStringLiteral("inflyttningsdatum"),
                QStringLiteral("beslut från")},
            false},
    };
    switch (kind) {
    case RegisterKind::Units:
        return units;
    case RegisterKind::Staff:
        return staff;
    case RegisterKind::Clients:
        return clients;
    }
    return units;
}

QStringList exportHeader(RegisterKind kind)
{
    QStringList header;
    for (const RegisterField &field : registerFields(kind))
        header << field.header;
    return header;
}

QString registerFieldKey(RegisterKind kind, const QString &name)
{
    return fieldKey(registerFields(kind), name);
}

QString fieldKey(const QList<RegisterField> &fields, const QString &name)
{
    const QString wanted = folded(name);
    for (const RegisterField &field : fields) {
        if (folded(field.key) == wanted || field.header == wanted)
            return field.key;
    }
    for (const RegisterField &field : fields) {
        for (const QString &alias : field.aliases) {
            if (alias == wanted)
                return field.key;
        }
    }
    return {};
}

QHash<int, QString> mapColumns(
    RegisterKind kind, const QStringList &header, const QHash<QString, QString> &mapping)
{
    return mapColumns(registerFields(kind), header, mapping);
}

QHash<int, QString> mapColumns(const QList<RegisterField> &fields, const QStringList &header,
    const QHash<QString, QString> &mapping)
{
    QHash<QString, QString> foldedMapping;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        foldedMapping.insert(folded(it.key()), fieldKey(fields, it.value()));
    QHash<int, QString> columns;
    QStringList taken;
    // Mapped columns first, so a mapping wins over a header that happens to
    // match another field.
    for (int i = 0; i < header.size(); ++i) {
        const QString key = foldedMapping.value(folded(header.at(i)));
        if (!key.isEmpty() && !taken.contains(key)) {
            columns.insert(i, key);
            taken << key;
        }
    }
    for (int i = 0; i < header.size(); ++i) {
        if (columns.contains(i) || foldedMapping.contains(folded(header.at(i))))
            continue;
        const QString key = fieldKey(fields, header.at(i));
        if (!key.isEmpty() && !taken.contains(key)) {
            columns.insert(i, key);
            taken << key;
        }
    }
    return columns;
}

} // namespace tf
