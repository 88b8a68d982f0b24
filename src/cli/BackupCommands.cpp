#include "cli/BackupCommands.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/backup/Backups.h"
#include "services/backup/DamagedDatabase.h"
#include "storage/ConnectionSpec.h"

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
    // A file that no longer opens is set aside, renamed, and the backup put
    // in its place; a whole one has its content replaced.
    auto workspace = std::make_unique<Workspace>(connectionFrom(context));
    QJsonValue damagedKeptAs;
    try {
        workspace->open();
    } catch (const StorageError &openFailure) {
        if (!isDamagedDatabase(*workspace, openFailure))
            throw;
        damagedKeptAs = replaceDamagedDatabase(*workspace, input);
    }
    identifyReader(context, *workspace);
    if (damagedKeptAs.isNull())
        Backups(*workspace).restoreFrom(input);
    const QJsonObject result {{QStringLiteral("restored"), true}, {QStringLiteral("from"), input},
        {QStringLiteral("damagedKeptAs"), damagedKeptAs}};
    context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tf
