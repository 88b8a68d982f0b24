#include "cli/BackupCommands.h"

#include "services/Workspace.h"
#include "services/backup/Backups.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

void addBackupOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("input"),
        QStringLiteral("restore: säkerhetskopian som läses tillbaka."), QStringLiteral("FIL")});
}

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

int runRestore(CliContext &context)
{
    const QString input = context.parser.value(QStringLiteral("input"));
    if (input.isEmpty()) {
        context.err << QStringLiteral("Ange säkerhetskopian: restore --input FIL") << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    Backups(*workspace).restoreFrom(input);
    const QJsonObject result {{QStringLiteral("restored"), true}, {QStringLiteral("from"), input}};
    context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tf
