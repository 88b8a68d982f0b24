#include "cli/GenerateCommand.h"

#include "services/generator/NewDatabase.h"
#include "storage/ConnectionSpec.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

void addGenerateOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("scale"),
        QStringLiteral("generate: small (sekunder), municipality (tio år) eller region (tio "
                       "kommuner, ungefär en timme)."),
        QStringLiteral("STORLEK"), QStringLiteral("small")});
    parser.addOption({QStringLiteral("seed"),
        QStringLiteral("generate: startvärde; samma värde ger samma data."), QStringLiteral("N"),
        QStringLiteral("1")});
}

int runGenerate(CliContext &context)
{
    if (!context.parser.isSet(context.database)) {
        context.err << QStringLiteral("Ange den nya databasen med --database.") << Qt::endl;
        return 2;
    }
    GeneratorOptions options;
    const QString scale = context.parser.value(QStringLiteral("scale"));
    if (scale == QLatin1String("municipality"))
        options.scale = GeneratorOptions::Scale::Municipality;
    else if (scale == QLatin1String("region"))
        options.scale = GeneratorOptions::Scale::Region;
    else if (scale != QLatin1String("small")) {
        context.err << QStringLiteral(
            "Okänd storlek \"%1\". Välj small, municipality eller region.")
                           .arg(scale)
                    << Qt::endl;
        return 2;
    }
    bool seedOk = false;
    options.seed = context.parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        context.err << QStringLiteral("--seed ska vara ett heltal.") << Qt::endl;
        return 2;
    }
    int lastPercent = -1;
    QString lastPhase;
    options.progress = [&](const QString &phase, int percent) {
        if (phase == lastPhase && percent == lastPercent)
            return;
        lastPhase = phase;
        lastPercent = percent;
        context.err << QStringLiteral("%1 … %2 %").arg(phase).arg(percent) << Qt::endl;
    };

    const ConnectionSpec spec = connectionFrom(context);
    QElapsedTimer timer;
    timer.start();
    const GeneratorResult result = generateNewDatabase(spec, options);
    const QJsonObject summary {
        {QStringLiteral("units"), result.units},
        {QStringLiteral("people"), result.people},
        {QStringLiteral("clients"), result.clients},
        {QStringLiteral("meetings"), result.meetings},
        {QStringLiteral("participants"), result.participants},
        {QStringLiteral("agendaItems"), result.agendaItems},
        {QStringLiteral("minuteEntries"), result.minuteEntries},
        {QStringLiteral("actions"), result.actions},
        {QStringLiteral("riskAssessments"), result.riskAssessments},
        {QStringLiteral("accessLogRows"), result.accessLogRows},
        {QStringLiteral("deviations"), result.deviations},
        {QStringLiteral("complaints"), result.complaints},
        {QStringLiteral("selfInspections"), result.selfInspections},
        {QStringLiteral("actionPlans"), result.actionPlans},
        {QStringLiteral("seconds"), static_cast<double>(timer.elapsed()) / 1000.0},
    };
    context.out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tf
