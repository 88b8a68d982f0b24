#include "cli/ConsentCommands.h"

#include "cli/CliOptions.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/ConsentWatch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
// Registered by other commands: unit, date, days.
const QString kUnit = QStringLiteral("unit");
const QString kDate = QStringLiteral("date");
const QString kDays = QStringLiteral("days");
} // namespace

int runConsents(CliContext &context)
{
    qint64 unitId = 0;
    if (context.parser.isSet(kUnit) && !idOf(context, kUnit, &unitId))
        return 2;
    QDate day = stockholmDate(QDateTime::currentDateTimeUtc());
    if (context.parser.isSet(kDate) && !dateOf(context, kDate, &day))
        return 2;
    int days = 30;
    if (context.parser.isSet(kDays) && !countOf(context, kDays, &days))
        return 2;
    auto workspace = openWorkspace(context);
    if (unitId && !unitExists(context, *workspace, unitId))
        return 1;
    const QList<qint64> units
        = unitId ? QList<qint64> {unitId} : consentWatchUnits(*workspace, workspace->actorId());
    const ConsentWatchList list
        = readConsentWatch(*workspace, units, day, AccessPurpose::CommandLine, days);
    QJsonArray expiring;
    for (const ExpiringConsent &row : list.expiring)
        expiring.append(QJsonObject {{QStringLiteral("client"), row.client.id},
            {QStringLiteral("clientName"), row.client.name},
            {QStringLiteral("unit"), row.client.unitId}, {QStringLiteral("unitName"), row.unitName},
            {QStringLiteral("scope"), consentScopeKey(row.consent.scope)},
            {QStringLiteral("scopeLabel"), consentScopeLabel(row.consent.scope)},
            {QStringLiteral("decision"), consentDecisionKey(row.consent.decision)},
            {QStringLiteral("validUntil"), row.consent.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("daysLeft"), row.daysLeft}});
    QJsonArray without;
    for (const MeetingWithoutConsent &row : list.withoutConsent)
        without.append(QJsonObject {{QStringLiteral("client"), row.client.id},
            {QStringLiteral("clientName"), row.client.name},
            {QStringLiteral("unit"), row.client.unitId}, {QStringLiteral("unitName"), row.unitName},
            {QStringLiteral("meeting"), row.meeting.id},
            {QStringLiteral("meetingStart"), utcIso(row.meeting.startUtc)},
            {QStringLiteral("reason"), row.reason}});
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("days"), days}, {QStringLiteral("expiring"), expiring},
            {QStringLiteral("withoutConsent"), without}}));
    return 0;
}

} // namespace tf
