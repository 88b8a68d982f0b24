#include "cli/RegisterCommands.h"

#include "cli/CliOptions.h"
#include "services/ExportFile.h"
#include "services/IoMessages.h"
#include "services/Workspace.h"
#include "services/register/ImportMappings.h"
#include "services/register/RegisterExport.h"
#include "services/register/RegisterImport.h"

#include <QFile>
#include <QJsonObject>

namespace tf {

namespace {
const QString kKind = QStringLiteral("kind");
const QString kCsv = QStringLiteral("csv");
const QString kMap = QStringLiteral("map");
const QString kDryRun = QStringLiteral("dry-run");
const QString kGoodRowsOnly = QStringLiteral("good-rows-only");

bool kindOf(CliContext &context, RegisterKind *kind)
{
    QString key;
    if (!required(context, kKind, &key))
        return false;
    if (!registerKindFromKey(key, kind)) {
        context.err << QStringLiteral("Okänt slag: %1. Ange units (enheter), staff (personal) "
                                      "eller clients (kunder).")
                           .arg(key)
                    << Qt::endl;
        return false;
    }
    return true;
}
} // namespace

void addRegisterOptions(QCommandLineParser &parser)
{
    parser.addOption({kKind,
        QStringLiteral("import/export: units (enheter), staff (personal) eller clients (kunder)."),
        QStringLiteral("SLAG")});
    parser.addOption({kCsv, QStringLiteral("import/export: CSV-filen som läses eller skapas."),
        QStringLiteral("FIL")});
    parser.addOption({kMap,
        QStringLiteral("import: kolumnen i filen som håller fältet, t.ex. \"Lgh nr=lägenhet\"; "
                       "kan ges flera gånger och kommer ihåg till nästa import av samma slag."),
        QStringLiteral("KOLUMN=FÄLT")});
    parser.addOption({kDryRun,
        QStringLiteral("import: kontrollerar och räknar, men sparar ingenting (provkörning).")});
    parser.addOption({kGoodRowsOnly,
        QStringLiteral("import: sparar de felfria raderna även när andra rader har fel (utan "
                       "den sparas ingenting om någon rad har fel).")});
}

int runImport(CliContext &context)
{
    ImportOptions options;
    QString path;
    if (!kindOf(context, &options.kind) || !required(context, kCsv, &path))
        return 2;
    QHash<QString, QString> given;
    for (const QString &pair : context.parser.values(kMap)) {
        const qsizetype at = pair.lastIndexOf(QLatin1Char('='));
        const QString field = at > 0 ? pair.mid(at + 1).trimmed() : QString();
        if (at <= 0 || (!field.isEmpty() && registerFieldKey(options.kind, field).isEmpty())) {
            QStringList fields;
            for (const RegisterField &known : registerFields(options.kind))
                fields << known.header;
            context.err << QStringLiteral("--map %1: skriv KOLUMN=FÄLT, där FÄLT är något av: %2.")
                               .arg(pair, fields.join(QStringLiteral(", ")))
                        << Qt::endl;
            return 2;
        }
        given.insert(pair.left(at).trimmed(), field);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << QStringLiteral("Filen %1 kan inte läsas: %2").arg(path, fileProblem(file))
                    << Qt::endl;
        return 1;
    }
    const QByteArray bytes = file.readAll();
    if (!given.isEmpty())
        ImportMappings::remember(options.kind, given);
    options.mapping = ImportMappings::remembered(options.kind);
    options.dryRun = context.parser.isSet(kDryRun);
    options.goodRowsOnly = context.parser.isSet(kGoodRowsOnly);

    auto workspace = openWorkspace(context);
    const ImportReport report = RegisterImport(*workspace).run(bytes, options);
    printJson(context.out, QJsonDocument(report.toJson()));
    if (!report.rejected.isEmpty() && !options.goodRowsOnly) {
        const qsizetype bad = report.rejected.size();
        context.err << QStringLiteral("Ingenting har sparats: %1 har fel (se \"rejected\"). "
                                      "Rätta felen, eller spara bara de felfria raderna med "
                                      "--good-rows-only.")
                           .arg(bad == 1 ? QStringLiteral("en rad")
                                         : QStringLiteral("%1 rader").arg(bad))
                    << Qt::endl;
        return 1;
    }
    if (options.dryRun)
        context.err << QStringLiteral("Provkörning: ingenting har sparats.") << Qt::endl;
    return 0;
}

int runExport(CliContext &context)
{
    RegisterKind kind = RegisterKind::Clients;
    QString path;
    if (!kindOf(context, &kind) || !required(context, kCsv, &path))
        return 2;
    auto workspace = openWorkspace(context);
    RegisterExport exporter(*workspace);
    const QByteArray bytes = exporter.csv(kind);
    ExportFile::write(path, bytes);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("kind"), registerKindKey(kind)},
            {QStringLiteral("csv"), path}, {QStringLiteral("rows"), exporter.rowCount()}}));
    return 0;
}

} // namespace tf
