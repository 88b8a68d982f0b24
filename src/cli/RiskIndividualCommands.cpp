#include "cli/RiskIndividualCommands.h"

#include "cli/CliOptions.h"
#include "services/Workspace.h"
#include "services/care/RiskIndividuals.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
// Registered by other commands: meeting, client, date, text, from.
const QString kMeeting = QStringLiteral("meeting");
const QString kClient = QStringLiteral("client");
const QString kDate = QStringLiteral("date");
const QString kText = QStringLiteral("text");
const QString kFrom = QStringLiteral("from");
} // namespace

int runRiskIndividuals(CliContext &context)
{
    qint64 meetingId = 0;
    if (!idOf(context, kMeeting, &meetingId))
        return 2;
    const QString sub = context.arguments.value(1);
    QList<qint64> chosen;
    if (sub == QLatin1String("add")) {
        for (const QString &value : context.parser.values(kClient)) {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (!ok || id <= 0) {
                context.err << QStringLiteral("--client ska vara ett id, inte \"%1\".").arg(value)
                            << Qt::endl;
                return 2;
            }
            chosen << id;
        }
        if (chosen.isEmpty()) {
            context.err << QStringLiteral("Ange vilka kunder som tas upp med --client ID (en "
                                          "eller flera gånger).")
                        << Qt::endl;
            return 2;
        }
    } else if (!sub.isEmpty()) {
        return unknownSubcommand(
            context, QStringLiteral("risk individuals"), QStringLiteral("add (eller inget)"));
    }
    auto workspace = openWorkspace(context);
    RiskIndividuals individuals(*workspace);
    if (!chosen.isEmpty()) {
        const RiskIndividuals::Added added = individuals.addToAgenda(meetingId, chosen);
        QJsonArray refused;
        for (const auto &pair : added.refused)
            refused.append(QJsonObject {
                {QStringLiteral("client"), pair.first}, {QStringLiteral("reason"), pair.second}});
        QJsonArray items;
        for (qint64 id : added.itemIds)
            items.append(id);
        printJson(context.out,
            QJsonDocument(QJsonObject {{QStringLiteral("meeting"), meetingId},
                {QStringLiteral("agendaItems"), items}, {QStringLiteral("refused"), refused}}));
        return added.refused.isEmpty() ? 0 : 1;
    }
    QJsonArray rows;
    for (const RiskIndividual &individual : individuals.proposedFor(meetingId))
        rows.append(QJsonObject {{QStringLiteral("client"), individual.client.id},
            {QStringLiteral("clientName"), individual.client.name},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(individual.reasons)}});
    printJson(context.out,
        QJsonDocument(QJsonObject {
            {QStringLiteral("meeting"), meetingId}, {QStringLiteral("proposed"), rows}}));
    return 0;
}

int runHospitalStay(CliContext &context)
{
    HospitalStay stay;
    if (!idOf(context, kClient, &stay.clientId) || !dateOf(context, kDate, &stay.dischargedOn)
        || (context.parser.isSet(kFrom) && !dateOf(context, kFrom, &stay.admittedOn)))
        return 2;
    stay.note = context.parser.value(kText);
    auto workspace = openWorkspace(context);
    const qint64 id = RiskIndividuals(*workspace).recordHospitalStay(stay);
    printJson(context.out,
        QJsonDocument(
            QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("client"), stay.clientId},
                {QStringLiteral("admittedOn"),
                    stay.admittedOn.isValid() ? QJsonValue(stay.admittedOn.toString(Qt::ISODate))
                                              : QJsonValue()},
                {QStringLiteral("dischargedOn"), stay.dischargedOn.toString(Qt::ISODate)}}));
    return 0;
}

} // namespace tf
