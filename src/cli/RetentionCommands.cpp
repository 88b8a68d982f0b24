#include "cli/RetentionCommands.h"
#include "cli/CliOptions.h"

#include "domain/Personnummer.h"
#include "domain/Retention.h"
#include "services/Workspace.h"
#include "services/retention/RetentionPlan.h"
#include "services/retention/RetentionRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

namespace {
const QString kPersonnummer = QStringLiteral("personnummer");
const QString kLastEntry = QStringLiteral("last-entry");
const QString kAsOf = QStringLiteral("as-of");
const QString kProvider = QStringLiteral("provider");

// --provider, municipal when it is left out; prints a Swedish message for an
// unknown key.
bool providerOption(CliContext &context, CareProvider *provider)
{
    *provider = CareProvider::Municipal;
    if (!context.parser.isSet(kProvider)
        || careProviderFromKey(context.parser.value(kProvider), provider))
        return true;
    context.err << QStringLiteral("Okänd huvudman \"%1\". Välj municipal eller private.")
                       .arg(context.parser.value(kProvider))
                << Qt::endl;
    return false;
}

QJsonObject verdictJson(const RetentionVerdict &verdict)
{
    return {
        {QStringLiteral("decision"), retentionDecisionKey(verdict.decision)},
        {QStringLiteral("dueDate"), verdict.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("deadline"), verdict.deadline.toString(Qt::ISODate)},
        {QStringLiteral("reason"), verdict.reason},
    };
}

int decide(CliContext &context)
{
    if (!context.parser.isSet(kPersonnummer)) {
        context.err << QStringLiteral("Ange --personnummer.") << Qt::endl;
        return 2;
    }
    const PersonnummerResult personnummer
        = validatePersonnummer(context.parser.value(kPersonnummer));
    if (!personnummer.valid) {
        context.err << QStringLiteral("--personnummer: %1").arg(personnummer.error) << Qt::endl;
        return 2;
    }
    QDate lastEntry, asOf;
    if (!dateOf(context, kLastEntry, &lastEntry) || !dateOf(context, kAsOf, &asOf))
        return 2;
    if (lastEntry > asOf) {
        context.err << QStringLiteral("Sista anteckningen (%1) kan inte ligga efter --as-of (%2).")
                           .arg(lastEntry.toString(Qt::ISODate), asOf.toString(Qt::ISODate))
                    << Qt::endl;
        return 2;
    }
    CareProvider provider = CareProvider::Municipal;
    if (!providerOption(context, &provider))
        return 2;
    const RetentionVerdict verdict
        = decideRetention(retentionRule(provider), personnummer.normalized, lastEntry, asOf);
    context.out << QString::fromUtf8(
        QJsonDocument(verdictJson(verdict)).toJson(QJsonDocument::Indented));
    return 0;
}

int plan(CliContext &context)
{
    QDate asOf;
    if (!dateOf(context, kAsOf, &asOf))
        return 2;
    CareProvider provider = CareProvider::Municipal;
    if (!providerOption(context, &provider))
        return 2;
    auto workspace = openWorkspace(context);
    QJsonArray array;
    for (const RetentionPlanEntry &entry : retentionPlan(*workspace, provider, asOf)) {
        QJsonObject object = verdictJson(entry.verdict);
        object.insert(QStringLiteral("clientId"), entry.clientId);
        object.insert(QStringLiteral("unitId"), entry.unitId);
        object.insert(QStringLiteral("personnummer"), entry.personnummer);
        object.insert(QStringLiteral("name"), entry.name);
        object.insert(QStringLiteral("lastEntry"), entry.lastEntry.toString(Qt::ISODate));
        array.append(object);
    }
    context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return 0;
}
} // namespace

void addRetentionOptions(QCommandLineParser &parser)
{
    parser.addOption({kPersonnummer, QStringLiteral("retention decide: personens personnummer."),
        QStringLiteral("PNR")});
    parser.addOption(
        {kLastEntry, QStringLiteral("retention decide: dagen för sista anteckningen om personen."),
            QStringLiteral("DATUM")});
    parser.addOption(
        {kAsOf, QStringLiteral("retention: dagen som beslutet gäller."), QStringLiteral("DATUM")});
    parser.addOption({kProvider,
        QStringLiteral("retention: municipal (kommunal, standard) eller private "
                       "(enskild verksamhet)."),
        QStringLiteral("HUVUDMAN")});
}

int runRetention(CliContext &context)
{
    if (context.arguments.value(0) == QLatin1String("decide"))
        return decide(context);
    if (context.arguments.value(0) == QLatin1String("plan"))
        return plan(context);
    context.err << QStringLiteral("Användning: teamforum-cli retention decide --personnummer PNR "
                                  "--last-entry DATUM --as-of DATUM [--provider "
                                  "municipal|private], eller retention plan --as-of DATUM "
                                  "[--provider municipal|private]")
                << Qt::endl;
    return 2;
}

} // namespace tf
