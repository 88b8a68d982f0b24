#include "cli/ServerCommands.h"

#include "services/ServerLogCare.h"
#include "storage/ConnectionSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

int runPrepareServer(CliContext &context)
{
    const ConnectionSpec spec = connectionFrom(context);
    if (spec.engine != ConnectionSpec::Engine::Postgres) {
        context.err << QStringLiteral("prepare-server gäller en PostgreSQL-databas: ange den med "
                                      "--database postgresql://användare@värd:port/databas.")
                    << Qt::endl;
        return 2;
    }
    const PreparedServer prepared = prepareServer(spec);
    QJsonObject settings;
    for (const auto &setting : prepared.settings)
        settings.insert(setting.first, setting.second);
    const QJsonObject result {
        {QStringLiteral("database"), prepared.database},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("changed"), QJsonArray::fromStringList(prepared.changed)},
        {QStringLiteral("searchMatchLeakproof"), prepared.searchMatchLeakproof},
        {QStringLiteral("appliesTo"), QStringLiteral("nya anslutningar")},
    };
    context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tf
