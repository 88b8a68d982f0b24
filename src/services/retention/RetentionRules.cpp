#include "services/retention/RetentionRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace tf {

RetentionRule retentionRule(CareProvider provider)
{
    QFile file(QStringLiteral(":/retention/retention_rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the retention rules resource is missing");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject chosen = root.value(QStringLiteral("providers"))
                                   .toObject()
                                   .value(careProviderKey(provider))
                                   .toObject();
    RetentionRule rule;
    rule.years = chosen.value(QStringLiteral("years")).toInt();
    rule.providerName = chosen.value(QStringLiteral("name")).toString();
    rule.reference = chosen.value(QStringLiteral("reference")).toString();
    for (const QJsonValue day : root.value(QStringLiteral("researchBirthDays")).toArray())
        rule.researchBirthDays << day.toInt();
    rule.researchReference = root.value(QStringLiteral("researchReference")).toString();
    if (rule.years <= 0 || rule.providerName.isEmpty() || rule.reference.isEmpty())
        throw std::runtime_error("the retention rules resource is damaged");
    return rule;
}

} // namespace tf
