#include "cli/ClientExportCommand.h"

#include "cli/AccessLogCommands.h"
#include "services/Workspace.h"
#include "services/insyn/ClientExport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

void addClientExportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"),
        QStringLiteral("client-export: JSON-filen som skapas. report: JSON-filen, eller "
                       "standard ut utan FIL."),
        QStringLiteral("FIL")});
}

int runClientExport(CliContext &context)
{
    const QString jsonPath = context.parser.value(QStringLiteral("json"));
    const QString pdfPath = context.parser.value(QStringLiteral("pdf"));
    if (!context.parser.isSet(QStringLiteral("client"))
        || (jsonPath.isEmpty() && pdfPath.isEmpty())) {
        context.err << QStringLiteral("Användning: teamforum-cli client-export --client PNR|ID "
                                      "--json FIL [--pdf FIL]")
                    << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    const qint64 clientId = clientFrom(context, *workspace);
    if (!clientId)
        return 1;
    const ClientDossier dossier = gatherDossier(*workspace, clientId);
    writeClientExport(dossier, jsonPath, pdfPath);
    const QJsonObject result {{QStringLiteral("clientId"), clientId},
        {QStringLiteral("json"), jsonPath}, {QStringLiteral("pdf"), pdfPath},
        {QStringLiteral("agendaItems"), dossier.items.size()},
        {QStringLiteral("actions"), dossier.actions.size()},
        {QStringLiteral("accessLog"), dossier.accessLog.size()}};
    context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tf
