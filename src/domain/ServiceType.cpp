#include "domain/ServiceType.h"

#include <QStringList>

namespace tf {

namespace {
struct ServiceTypeInfo
{
    ServiceType type;
    const char *key;
    const char *displayName;
};

const ServiceTypeInfo kServiceTypes[] = {
    {ServiceType::Sabo, "sabo", "Särskilt boende och korttid"},
    {ServiceType::OrdinartBoende, "ordinart_boende", "Ordinärt boende"},
    {ServiceType::Gruppbostad, "gruppbostad", "Gruppbostad och servicebostad (LSS)"},
    {ServiceType::DagligVerksamhet, "daglig_verksamhet", "Daglig verksamhet"},
    {ServiceType::PersonligAssistans, "personlig_assistans", "Personlig assistans"},
    {ServiceType::Boendestod, "boendestod", "Boendestöd"},
    {ServiceType::Samordning, "samordning", "Samordning hälso- och sjukvård och socialtjänst"},
};
} // namespace

const QList<ServiceType> &allServiceTypes()
{
    static const QList<ServiceType> types = [] {
        QList<ServiceType> list;
        for (const auto &info : kServiceTypes)
            list.append(info.type);
        return list;
    }();
    return types;
}

QString serviceTypeKey(ServiceType type)
{
    for (const auto &info : kServiceTypes) {
        if (info.type == type)
            return QString::fromLatin1(info.key);
    }
    return {};
}

bool serviceTypeFromKey(const QString &key, ServiceType *type)
{
    for (const auto &info : kServiceTypes) {
        if (key == QLatin1String(info.key)) {
            *type = info.type;
            return true;
        }
    }
    return false;
}

QString serviceTypeDisplayName(ServiceType type)
{
    for (const auto &info : kServiceTypes) {
        if (info.type == type)
            return QString::fromUtf8(info.displayName);
    }
    return {};
}

const QStringList &forumKeys()
{
    static const QStringList keys = {
        QStringLiteral("pulsmote"),
        QStringLiteral("daglig_avstamning"),
        QStringLiteral("teammote"),
        QStringLiteral("reflektionsmote"),
        QStringLiteral("apt"),
        QStringLiteral("kvalitetsmote"),
        QStringLiteral("aktivitetsrad"),
        QStringLiteral("samordningsmote"),
    };
    return keys;
}

bool isForumKey(const QString &key)
{
    return forumKeys().contains(key);
}

} // namespace tf
