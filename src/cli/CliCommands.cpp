#include "cli/CliCommands.h"

#include "domain/Personnummer.h"
#include "domain/StorageError.h"
#include "services/Directory.h"
#include "services/Identity.h"
#include "services/ServerLogCare.h"
#include "services/StoreDescription.h"
#include "services/TemplateJson.h"
#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

void printJson(QTextStream &out, const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

ConnectionSpec connectionFrom(CliContext &context)
{
    if (!context.parser.isSet(context.database))
        return ConnectionSpec::defaultLocal();
    ConnectionSpec spec;
    QString error;
    if (!ConnectionSpec::parse(context.parser.value(context.database), &spec, &error))
        throw StorageError(StorageError::Kind::General, error);
    return spec;
}

std::unique_ptr<Workspace> openWorkspace(CliContext &context)
{
    auto workspace = std::make_unique<Workspace>(connectionFrom(context));
    workspace->open();
    identifyReader(context, *workspace);
    return workspace;
}

void identifyReader(CliContext &context, Workspace &workspace)
{
    const QString as = QStringLiteral("as");
    if (!context.parser.isSet(as)) {
        Identity identity(workspace);
        // None known: on SQLite reads are logged without a person; on
        // PostgreSQL a login tied to nobody is refused unless it administers.
        if (!identity.recognise())
            identity.refuseUntiedLogin();
        return;
    }
    bool ok = false;
    const qint64 personId = context.parser.value(as).toLongLong(&ok);
    if (!ok)
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("--as ska vara id för en person i databasen, inte \"%1\".")
                .arg(context.parser.value(as)));
    try {
        Identity(workspace).actAs(personId);
    } catch (const StorageError &refused) {
        throw StorageError(refused.kind(), QStringLiteral("--as: %1").arg(refused.userMessage()));
    }
}

QString utcIso(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

int runTemplates(CliContext &context)
{
    ServiceType type = ServiceType::Sabo;
    const bool filtered = context.parser.isSet(context.serviceType);
    if (filtered && !serviceTypeFromKey(context.parser.value(context.serviceType), &type)) {
        QStringList keys;
        for (auto known : allServiceTypes())
            keys << serviceTypeKey(known);
        context.err << QStringLiteral("Okänd verksamhetstyp \"%1\". Välj en av: %2.")
                           .arg(context.parser.value(context.serviceType),
                               keys.join(QStringLiteral(", ")))
                    << Qt::endl;
        return 2;
    }
    Workspace workspace(connectionFrom(context));
    workspace.open();
    const auto templates
        = filtered ? workspace.directory().templatesFor(type) : workspace.directory().templates();
    QJsonArray array;
    for (const auto &forumTemplate : templates)
        array.append(templateToJson(forumTemplate));
    printJson(context.out, QJsonDocument(array));
    return 0;
}

int runCheck(CliContext &context)
{
    Workspace workspace(connectionFrom(context));
    workspace.open();
    const QStringList problems = workspace.check();
    QJsonObject result {
        {QStringLiteral("ok"), problems.isEmpty()},
        {QStringLiteral("engine"), describeStore(workspace).engineName},
        {QStringLiteral("schemaVersion"), Workspace::schemaVersion()},
        {QStringLiteral("integrity"),
            problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("fel")},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
    };
    // Not a problem of the data: the server's log may receive it.
    const ServerLogState serverLog = serverLogState(workspace);
    if (serverLog.applies)
        result.insert(QStringLiteral("serverLog"),
            QJsonObject {{QStringLiteral("careSafe"), serverLog.careSafe()},
                {QStringLiteral("missing"), QJsonArray::fromStringList(serverLog.gaps)}});
    printJson(context.out, QJsonDocument(result));
    if (!problems.isEmpty()) {
        context.err
            << QStringLiteral("Databasen har fel: %1").arg(problems.join(QStringLiteral("; ")))
            << Qt::endl;
        return 1;
    }
    return 0;
}

int runValidatePersonnummer(CliContext &context)
{
    if (context.arguments.size() != 1) {
        context.err << QStringLiteral("Ange ett personnummer: validate-personnummer VÄRDE")
                    << Qt::endl;
        return 2;
    }
    const PersonnummerResult result = validatePersonnummer(context.arguments.first());
    QJsonObject object {
        {QStringLiteral("valid"), result.valid},
        {QStringLiteral("normalized"),
            result.valid ? QJsonValue(result.normalized) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("samordningsnummer"), result.samordningsnummer},
        {QStringLiteral("error"),
            result.valid ? QJsonValue(QJsonValue::Null) : QJsonValue(result.error)},
    };
    printJson(context.out, QJsonDocument(object));
    return 0;
}

int runVersion(CliContext &context)
{
    QJsonObject object {
        {QStringLiteral("name"), QStringLiteral("Teamforum")},
        {QStringLiteral("version"), QStringLiteral(TEAMFORUM_VERSION)},
        {QStringLiteral("schemaVersion"), Workspace::schemaVersion()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
    };
    printJson(context.out, QJsonDocument(object));
    return 0;
}

} // namespace tf
