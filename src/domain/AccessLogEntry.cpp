#include "domain/AccessLogEntry.h"

#include <QHash>

namespace tf {

namespace {
struct KindName
{
    AccessKind kind;
    const char *key;
    const char *label;
};

const KindName kKinds[] = {
    {AccessKind::ClientList, "client_list", "Kundlista med status"},
    {AccessKind::ClientRecord, "client_record", "Kunduppgifter"},
    {AccessKind::RiskHistory, "risk_history", "Tidigare riskbedömningar"},
    {AccessKind::RiskStatus, "risk_status", "Riskbedömningar att göra"},
    {AccessKind::Consent, "consent", "Samtycke"},
    {AccessKind::Sbar, "sbar", "SBAR-rapport"},
    {AccessKind::Minutes, "minutes", "Mötesprotokoll"},
    {AccessKind::Search, "search", "Sökträff i anteckningar"},
    {AccessKind::AccessLog, "access_log", "Loggkontroll av kundens läsningar"},
    {AccessKind::Retention, "retention", "Sista anteckning och gallringsbeslut"},
    {AccessKind::Dossier, "dossier", "Allt om kunden, utlämnat till kunden"},
};
} // namespace

QString accessKindKey(AccessKind kind)
{
    for (const KindName &name : kKinds) {
        if (name.kind == kind)
            return QString::fromLatin1(name.key);
    }
    return QString();
}

bool accessKindFromKey(const QString &key, AccessKind *kind)
{
    for (const KindName &name : kKinds) {
        if (key == QLatin1String(name.key)) {
            *kind = name.kind;
            return true;
        }
    }
    return false;
}

QString accessKindLabel(AccessKind kind)
{
    for (const KindName &name : kKinds) {
        if (name.kind == kind)
            return QString::fromUtf8(name.label);
    }
    return QString();
}

QString accessPurposeKey(AccessPurpose purpose)
{
    switch (purpose) {
    case AccessPurpose::MyClients:
        return QStringLiteral("my_clients");
    case AccessPurpose::BeforeMeeting:
        return QStringLiteral("before_meeting");
    case AccessPurpose::MeetingMode:
        return QStringLiteral("meeting_mode");
    case AccessPurpose::CommandLine:
        return QStringLiteral("command_line");
    case AccessPurpose::Search:
        return QStringLiteral("search");
    case AccessPurpose::Loggkontroll:
        return QStringLiteral("loggkontroll");
    case AccessPurpose::Gallring:
        return QStringLiteral("gallring");
    case AccessPurpose::Insyn:
        return QStringLiteral("insyn");
    case AccessPurpose::UnitClients:
        return QStringLiteral("unit_clients");
    }
    return QString();
}

QString accessPurposeLabel(const QString &key)
{
    static const QHash<QString, QString> labels {
        {QStringLiteral("my_clients"), QStringLiteral("Mina kunder")},
        {QStringLiteral("before_meeting"), QStringLiteral("Inför mötet")},
        {QStringLiteral("meeting_mode"), QStringLiteral("Under mötet")},
        {QStringLiteral("command_line"), QStringLiteral("Kommandoraden")},
        {QStringLiteral("search"), QStringLiteral("Sökning")},
        {QStringLiteral("loggkontroll"), QStringLiteral("Loggkontroll")},
        {QStringLiteral("gallring"), QStringLiteral("Gallring")},
        {QStringLiteral("insyn"), QStringLiteral("Utdrag till kunden")},
        {QStringLiteral("unit_clients"), QStringLiteral("Enhetens kunder")},
    };
    return labels.value(key, key);
}

} // namespace tf
