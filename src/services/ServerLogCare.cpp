#include "services/ServerLogCare.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SearchMatchLeakproof.h"
#include "storage/ServerLogSettings.h"

#include <spdlog/spdlog.h>

namespace tf {

ServerLogState serverLogState(Workspace &workspace)
{
    ServerLogState state;
    state.applies = workspace.database().isPostgres();
    state.gaps = careSafeLogGaps(workspace.database());
    return state;
}

void warnWhenServerLogUnsafe(Workspace &workspace)
{
    if (!workspace.database().isPostgres())
        return;
    const QString server = workspace.database().spec().displayName();
    try {
        const QStringList gaps = careSafeLogGaps(workspace.database());
        if (gaps.isEmpty())
            return;
        spdlog::warn("PostgreSQL database {} may write values sent by the program (notes, "
                     "personnummer) into the server log: {}. Have its superuser run "
                     "teamforum-cli --database URL prepare-server (docs/postgresql-server.md).",
            server.toStdString(), gaps.join(QStringLiteral(", ")).toStdString());
    } catch (const StorageError &error) {
        spdlog::warn("PostgreSQL database {}: log settings not readable (SQLSTATE {})",
            server.toStdString(), error.nativeCode().toStdString());
    }
}

PreparedServer prepareServer(const ConnectionSpec &spec)
{
    Database db(spec);
    db.open();
    const QStringList before = careSafeLogGaps(db);
    applyCareSafeLogSettings(db);
    const bool markedBefore = searchMatchIsLeakproof(db);
    if (!markedBefore)
        markSearchMatchLeakproof(db);
    PreparedServer prepared;
    prepared.database = spec.displayName();
    for (const auto &setting : careSafeLogSettings()) {
        prepared.settings.append({setting.name, setting.value});
        for (const QString &gap : before)
            if (gap.startsWith(setting.name + QLatin1Char('=')))
                prepared.changed << setting.name;
    }
    prepared.searchMatchLeakproof = searchMatchIsLeakproof(db);
    if (!markedBefore && prepared.searchMatchLeakproof)
        prepared.changed << QStringLiteral("search_match_leakproof");
    return prepared;
}

} // namespace tf
