#include "cli/RetentionCommands.h"
#include "cli/CliOptions.h"

#include "domain/Personnummer.h"
#include "domain/Retention.h"
#include "services/Workspace.h"
#include "services/retention/ProviderSetting.h"
#include "services/retention/RetentionPlan.h"
#include "services/retention/RetentionRules.h"
#include "services/retention/RetentionRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

namespace {
const QString kPersonnummer = QStringLiteral("personnummer");
const QString kLastEntry = QStringLiteral("last-entry");
const QString kAsOf = QStringLiteral("as-of");
const QString kProvider = QStringLiteral("provider");
const QString kArchive = QStringLiteral("archive");

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

// --provider when given, else the organisation's setting in the database.
CareProvider chosenProvider(CliContext &context, Workspace &workspace, CareProvider given)
{
    return context.parser.isSet(kProvider) ? given : organisationProvider(workspace);
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
    provider = chosenProvider(context, *workspace, provider);
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
int run(CliContext &context)
{
    QDate asOf;
    if (!dateOf(context, kAsOf, &asOf))
        return 2;
    CareProvider provider = CareProvider::Municipal;
    if (!providerOption(context, &provider))
        return 2;
    if (context.parser.value(kArchive).isEmpty()) {
        context.err << QStringLiteral("Ange --archive MAPP, dit de urvalsbevarade kunderna "
                                      "lämnas som PDF/A och JSON.")
                    << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    RetentionRunRequest request;
    request.asOf = asOf;
    request.provider = chosenProvider(context, *workspace, provider);
    request.archiveFolder = context.parser.value(kArchive);
    const RetentionRunResult result = runRetention(*workspace, request);
    QJsonObject json = purgeProtocolJson(result.protocol);
    json.insert(QStringLiteral("logTruncated"), result.logTruncated);
    context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return 0;
}

int protocols(CliContext &context)
{
    auto workspace = openWorkspace(context);
    QJsonArray array;
    for (const PurgeProtocol &protocol : purgeProtocols(*workspace))
        array.append(purgeProtocolJson(protocol));
    context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return 0;
}

// Prints the organisation's provider; with --provider, stores it first.
int provider(CliContext &context)
{
    CareProvider given = CareProvider::Municipal;
    if (!providerOption(context, &given))
        return 2;
    auto workspace = openWorkspace(context);
    if (context.parser.isSet(kProvider))
        setOrganisationProvider(*workspace, given);
    const CareProvider stored = organisationProvider(*workspace);
    const QJsonObject json {{QStringLiteral("provider"), careProviderKey(stored)},
        {QStringLiteral("providerName"), retentionRule(stored).providerName}};
    context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
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
        QStringLiteral("retention: municipal (kommunal) eller private (enskild verksamhet); "
                       "utan den gäller organisationens inställning (retention provider)."),
        QStringLiteral("HUVUDMAN")});
    parser.addOption({kArchive,
        QStringLiteral("retention run: arkivmappen för urvalsbevarade kunder och protokollet."),
        QStringLiteral("MAPP")});
}

int runRetention(CliContext &context)
{
    if (context.arguments.value(0) == QLatin1String("decide"))
        return decide(context);
    if (context.arguments.value(0) == QLatin1String("plan"))
        return plan(context);
    if (context.arguments.value(0) == QLatin1String("run"))
        return run(context);
    if (context.arguments.value(0) == QLatin1String("protocols"))
        return protocols(context);
    if (context.arguments.value(0) == QLatin1String("provider"))
        return provider(context);
    context.err << QStringLiteral("Användning: teamforum-cli retention decide --personnummer PNR "
                                  "--last-entry DATUM --as-of DATUM [--provider "
                                  "municipal|private], retention plan --as-of DATUM "
                                  "[--provider municipal|private], retention run --as-of DATUM "
                                  "--archive MAPP [--provider municipal|private], retention "
                                  "protocols, eller retention provider [--provider "
                                  "municipal|private]")
                << Qt::endl;
    return 2;
}

} // namespace tf
