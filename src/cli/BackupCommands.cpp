#include "cli/BackupCommands.h"

#include "services/Workspace.h"
#include "services/backup/Backups.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

int runBackup(CliContext &context)
{
    const QString output = context.parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err << QStringLiteral("Ange var säkerhetskopian ska sparas: backup --output FIL")
                    << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    const BackupFile made = Backups(*workspace).writeTo(output);
    const QJsonObject result {{QStringLiteral("path"), made.path},
        {QStringLiteral("bytes"), made.bytes}, {QStringLiteral("checked"), true}};
    context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tf
