#include "cli/RiskCommands.h"
#include "cli/CliOptions.h"
#include "cli/RiskIndividualCommands.h"
#include "cli/RiskPlanCommands.h"

#include "domain/JsonKeys.h"
#include "domain/risk/LicensedTexts.h"
#include "domain/risk/RiskInstrument.h"
#include "services/IoMessages.h"
#include "services/care/LicensedForms.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

namespace {
const QString kInstrument = QStringLiteral("instrument");
const QString kAnswers = QStringLiteral("answers");

QString instrumentKeys()
{
    QStringList keys;
    for (const RiskInstrument *instrument : riskInstruments())
        keys << instrument->key;
    return keys.join(QStringLiteral(", "));
}

// Keeps the documented key order: score, risk, level, referral.
QString resultJson(const RiskResult &result)
{
    QString text
        = QStringLiteral("{\"score\":%1,\"risk\":%2,\"level\":\"%3\"")
              .arg(result.score ? QString::number(*result.score) : QStringLiteral("null"),
                  result.risk ? QStringLiteral("true") : QStringLiteral("false"), result.level);
    if (result.referral)
        text += QStringLiteral(",\"referral\":%1")
                    .arg(*result.referral ? QStringLiteral("true") : QStringLiteral("false"));
    return text + QStringLiteral("}");
}
} // namespace

void addRiskOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {kInstrument, QStringLiteral("risk score: instrumentet (%1).").arg(instrumentKeys()),
            QStringLiteral("NYCKEL")});
    parser.addOption(
        {kAnswers, QStringLiteral("risk score: JSON-fil med svaren, eller - för standard in."),
            QStringLiteral("FIL")});
    addRiskPlanOptions(parser);
}

namespace {
// `risk texts check FILE`: whether an organisation's licensed form texts
// fit their instrument, before they are installed.
int checkTexts(CliContext &context)
{
    const QString path = context.arguments.value(2);
    if (context.arguments.value(1) != QLatin1String("check") || path.isEmpty()) {
        context.err << QStringLiteral("Användning: teamforum-cli risk texts check FIL.")
                    << Qt::endl;
        return 2;
    }
    QByteArray data;
    QString error;
    if (!readInputFile(path, QStringLiteral("textfilen"), &data, &error)) {
        context.err << error << Qt::endl;
        return 1;
    }
    LicensedTexts texts;
    if (!parseLicensedTexts(data, &texts, &error)) {
        context.err << error << Qt::endl;
        return 1;
    }
    context.out << QJsonDocument(
        QJsonObject {{QStringLiteral("instrument"), texts.instrument},
            {QStringLiteral("items"), texts.itemLabels.size()}, {QStringLiteral("valid"), true},
            {QStringLiteral("installAs"),
                licensedFormsFolder() + QLatin1Char('/') + texts.instrument
                    + QStringLiteral(".json")}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    return 0;
}
} // namespace

int runRisk(CliContext &context)
{
    if (context.arguments.value(0) == QLatin1String("texts"))
        return checkTexts(context);
    if (context.arguments.value(0) == QLatin1String("plan"))
        return runRiskPlan(context);
    if (context.arguments.value(0) == QLatin1String("individuals"))
        return runRiskIndividuals(context);
    if (context.arguments.value(0) == QLatin1String("hospital-stay"))
        return runHospitalStay(context);
    if (context.arguments.value(0) != QLatin1String("score")) {
        context.err << QStringLiteral(
            "Användning: teamforum-cli risk score --instrument NYCKEL "
            "--answers FIL (FIL kan vara - för standard in), eller "
            "risk plan add|list|follow-up (vårdplanen efter en "
            "bedömning med risk), risk individuals --meeting ID [add "
            "--client ID] (riskindivider till ett samordningsmöte), "
            "risk hospital-stay --client ID --date DATUM [--from DATUM] eller risk texts check "
            "FIL (licensierade blankettexter).")
                    << Qt::endl;
        return 2;
    }
    if (!context.parser.isSet(kInstrument) || !context.parser.isSet(kAnswers)) {
        context.err << QStringLiteral("Ange både --instrument och --answers.") << Qt::endl;
        return 2;
    }
    const QString key = context.parser.value(kInstrument);
    const RiskInstrument *instrument = findRiskInstrument(key);
    if (!instrument) {
        context.err << QStringLiteral("Okänt instrument \"%1\". Välj ett av: %2.")
                           .arg(key, instrumentKeys())
                    << Qt::endl;
        return 2;
    }
    QByteArray data;
    QString error;
    if (!readInputFile(
            context.parser.value(kAnswers), QStringLiteral("svarsfilen"), &data, &error)) {
        context.err << error << Qt::endl;
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        context.err << QStringLiteral("Svaren är inte ett JSON-objekt%1.")
                           .arg(parseError.error != QJsonParseError::NoError
                                   ? QStringLiteral(" (fel vid %1)").arg(jsonProblem(parseError))
                                   : QString())
                    << Qt::endl;
        return 1;
    }
    const QString twice = duplicateJsonKey(data);
    if (!twice.isNull()) {
        context.err << QStringLiteral("Svaret på \"%1\" finns två gånger. Ange varje svar en "
                                      "gång.")
                           .arg(twice)
                    << Qt::endl;
        return 1;
    }
    const RiskScoring scoring = scoreRisk(*instrument, document.object());
    if (!scoring.ok) {
        // The message names the item in the form's words; the answers
        // file names it by its key, so that is said too.
        QString message = scoring.error;
        if (!scoring.itemKey.isEmpty() && !message.contains(scoring.itemKey))
            message += QStringLiteral(" I svarsfilen heter frågan \"%1\".").arg(scoring.itemKey);
        context.err << message << Qt::endl;
        return 1;
    }
    context.out << resultJson(scoring.result) << Qt::endl;
    return 0;
}

} // namespace tf
