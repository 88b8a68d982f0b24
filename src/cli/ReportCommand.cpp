#include "cli/ReportCommand.h"

#include "cli/CliOptions.h"
#include "services/ActionList.h"
#include "services/ExportFile.h"
#include "services/Workspace.h"
#include "services/quality/ComplianceJson.h"
#include "services/quality/CompliancePdf.h"
#include "services/quality/ComplianceReport.h"

namespace tf {

namespace {
const QString kJson = QStringLiteral("json");
const QString kPdf = QStringLiteral("pdf");
const QString kStdout = QStringLiteral("-");
} // namespace

QStringList withReportJsonToStdout(const QStringList &arguments)
{
    if (!arguments.contains(QStringLiteral("report")))
        return arguments;
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        result << arguments.at(i);
        const bool bare = i + 1 == arguments.size()
            || (arguments.at(i + 1).startsWith(QLatin1Char('-')) && arguments.at(i + 1) != kStdout);
        if (arguments.at(i) == QLatin1String("--json") && bare)
            result << kStdout;
    }
    return result;
}

int runReport(CliContext &context)
{
    int year = 0;
    if (!yearOf(context, QStringLiteral("year"), &year))
        return 2;
    qint64 unitId = 0;
    if (context.parser.isSet(QStringLiteral("unit"))
        && !idOf(context, QStringLiteral("unit"), &unitId))
        return 2;
    const QString jsonPath = context.parser.value(kJson);
    const QString pdfPath = context.parser.value(kPdf);
    if (jsonPath.isEmpty() == pdfPath.isEmpty()) {
        context.err << QStringLiteral("Användning: teamforum-cli report --year ÅÅÅÅ [--unit ID] "
                                      "(--json [FIL] | --pdf FIL)")
                    << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    if (unitId && !unitExists(context, *workspace, unitId))
        return 1;
    const ComplianceReport report = complianceReport(
        *workspace, year, unitId, stockholmDate(QDateTime::currentDateTimeUtc()));
    if (!pdfPath.isEmpty()) {
        CompliancePdf::write(report, pdfPath);
        printJson(context.out,
            QJsonDocument(QJsonObject {{QStringLiteral("year"), year}, {kPdf, pdfPath},
                {QStringLiteral("units"), report.units.size()}}));
        return 0;
    }
    const QJsonDocument json(complianceJson(report));
    if (jsonPath == kStdout) {
        printJson(context.out, json);
        return 0;
    }
    ExportFile::write(jsonPath, json.toJson(QJsonDocument::Indented));
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("year"), year}, {kJson, jsonPath},
            {QStringLiteral("units"), report.units.size()}}));
    return 0;
}

} // namespace tf
