#include "domain/AccessLogEntry.h"

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
    }
    return QString();
}

} // namespace tf
