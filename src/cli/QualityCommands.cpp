#include "cli/QualityCommands.h"
#include "cli/CliOptions.h"

#include "services/ActionList.h"
#include "services/IoMessages.h"
#include "services/Workspace.h"
#include "services/quality/Complaints.h"
#include "services/quality/DeviationImport.h"
#include "services/quality/Deviations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
const QString kUnit = QStringLiteral("unit");
const QString kDate = QStringLiteral("date");
const QString kCategory = QStringLiteral("category");
const QString kSeverity = QStringLiteral("severity");
const QString kDescription = QStringLiteral("description");
const QString kStatus = QStringLiteral("status");
const QString kCsv = QStringLiteral("csv");
const QString kMap = QStringLiteral("map");
const QString kKind = QStringLiteral("kind");
const QString kSummary = QStringLiteral("summary");
const QString kComplaint = QStringLiteral("complaint");
const QString kText = QStringLiteral("text");

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject deviationJson(const Deviation &d)
{
    return {{QStringLiteral("id"), d.id}, {QStringLiteral("unit"), d.unitId},
        {QStringLiteral("date"), isoDate(d.occurredOn)},
        {QStringLiteral("category"), deviationCategoryKey(d.category)},
        {QStringLiteral("severity"), deviationSeverityKey(d.severity)},
        {QStringLiteral("description"), d.description},
        {QStringLiteral("status"), deviationStatusKey(d.status)},
        {QStringLiteral("externalId"), d.externalId}};
}

QJsonObject complaintJson(const Complaint &c)
{
    QJsonObject json {{QStringLiteral("id"), c.id}, {QStringLiteral("unit"), c.unitId},
        {QStringLiteral("receivedOn"), isoDate(c.receivedOn)},
        {QStringLiteral("kind"), complaintKindKey(c.kind)}, {QStringLiteral("summary"), c.summary},
        {QStringLiteral("status"), complaintStatusKey(c.status)},
        {QStringLiteral("feedback"), c.feedback}};
    json.insert(QStringLiteral("feedbackOn"),
        c.feedbackOn.isValid() ? QJsonValue(isoDate(c.feedbackOn)) : QJsonValue());
    return json;
}

template <typename T> QString choices(const QList<T> &all, QString (*key)(T))
{
    QStringList keys;
    for (T value : all)
        keys << key(value);
    return keys.join(QStringLiteral(", "));
}

// A key or label of the option, or false after a Swedish message.
template <typename T>
bool choiceOf(CliContext &context, const QString &option, const QString &what, const QList<T> &all,
    QString (*key)(T), bool (*fromText)(const QString &, T *), T *value)
{
    const QString text = context.parser.value(option);
    if (fromText(text, value))
        return true;
    context.err << QStringLiteral("--%1 \"%2\": %3 ska vara en av: %4.")
                       .arg(option, text, what, choices(all, key))
                << Qt::endl;
    return false;
}

int addDeviation(CliContext &context)
{
    Deviation d;
    if (!idOf(context, kUnit, &d.unitId) || !dateOf(context, kDate, &d.occurredOn)
        || !required(context, kDescription, &d.description))
        return 2;
    if (!choiceOf(context, kCategory, QStringLiteral("kategorin"), deviationCategories(),
            deviationCategoryKey, deviationCategoryFromText, &d.category)
        || !choiceOf(context, kSeverity, QStringLiteral("allvarlighetsgraden"),
            deviationSeverities(), deviationSeverityKey, deviationSeverityFromText, &d.severity))
        return 2;
    if (context.parser.isSet(kStatus)
        && !choiceOf(context, kStatus, QStringLiteral("statusen"), deviationStatuses(),
            deviationStatusKey, deviationStatusFromText, &d.status))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, d.unitId))
        return 1;
    d.id = saveDeviation(*workspace, d);
    printJson(context.out, QJsonDocument(deviationJson(*deviationById(*workspace, d.id))));
    return 0;
}

int listDeviations(CliContext &context)
{
    qint64 unitId = 0;
    QDate from, to;
    if (!idOf(context, kUnit, &unitId) || !periodOf(context, &from, &to))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    QJsonArray list;
    for (const Deviation &d : deviationsBetween(*workspace, unitId, from, to))
        list.append(deviationJson(d));
    printJson(context.out, QJsonDocument(list));
    return 0;
}

// --map as a JSON object {"column": "field"} or as COLUMN=FIELD, given once
// or more; false after a Swedish message.
bool mappingOf(CliContext &context, QHash<QString, QString> *mapping)
{
    for (const QString &given : context.parser.values(kMap)) {
        if (given.trimmed().startsWith(QLatin1Char('{'))) {
            const QJsonObject json = QJsonDocument::fromJson(given.toUtf8()).object();
            if (json.isEmpty()) {
                context.err << QStringLiteral("--map %1: skriv ett JSON-objekt "
                                              "{\"kolumn\": \"fält\"} eller KOLUMN=FÄLT.")
                                   .arg(given)
                            << Qt::endl;
                return false;
            }
            for (auto it = json.constBegin(); it != json.constEnd(); ++it)
                mapping->insert(it.key(), it.value().toString());
            continue;
        }
        const qsizetype at = given.lastIndexOf(QLatin1Char('='));
        if (at <= 0) {
            context.err
                << QStringLiteral("--map %1: skriv KOLUMN=FÄLT eller ett JSON-objekt.").arg(given)
                << Qt::endl;
            return false;
        }
        mapping->insert(given.left(at).trimmed(), given.mid(at + 1).trimmed());
    }
    return true;
}

int importDeviations(CliContext &context)
{
    qint64 unitId = 0;
    QString path;
    QHash<QString, QString> mapping;
    if (!idOf(context, kUnit, &unitId) || !required(context, kCsv, &path)
        || !mappingOf(context, &mapping))
        return 2;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << QStringLiteral("Filen %1 kan inte läsas: %2").arg(path, fileProblem(file))
                    << Qt::endl;
        return 1;
    }
    const QByteArray bytes = file.readAll();
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    const DeviationImportReport report = DeviationImport(*workspace).run(bytes, unitId, mapping);
    printJson(context.out, QJsonDocument(report.toJson()));
    if (report.rejected.isEmpty())
        return 0;
    QStringList lines;
    for (const ImportRejection &rejection : report.rejected)
        lines << QStringLiteral("rad %1: %2").arg(rejection.line).arg(rejection.reason);
    context.err << QStringLiteral("Ingenting har sparats. Rätta raderna och importera filen "
                                  "igen:\n")
                << lines.join(QLatin1Char('\n')) << Qt::endl;
    return 1;
}

int deviationSummary(CliContext &context)
{
    qint64 unitId = 0;
    QDate from, to;
    if (!idOf(context, kUnit, &unitId) || !periodOf(context, &from, &to))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    printJson(
        context.out, QJsonDocument(summarizeDeviations(*workspace, unitId, from, to).toJson()));
    return 0;
}

int addComplaint(CliContext &context)
{
    Complaint c;
    if (!idOf(context, kUnit, &c.unitId) || !dateOf(context, kDate, &c.receivedOn)
        || !required(context, kSummary, &c.summary))
        return 2;
    if (!choiceOf(context, kKind, QStringLiteral("slaget"), complaintKinds(), complaintKindKey,
            complaintKindFromText, &c.kind))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, c.unitId))
        return 1;
    c.id = registerComplaint(*workspace, c);
    for (const Complaint &saved : complaintsOf(*workspace, c.unitId, false)) {
        if (saved.id == c.id)
            printJson(context.out, QJsonDocument(complaintJson(saved)));
    }
    return 0;
}

int listComplaints(CliContext &context)
{
    qint64 unitId = 0;
    if (!idOf(context, kUnit, &unitId))
        return 2;
    const QString status = context.parser.value(kStatus);
    const bool openOnly = status == QLatin1String("open") || status == QLatin1String("oppen");
    if (context.parser.isSet(kStatus) && !openOnly && status != QLatin1String("all")) {
        context.err
            << QStringLiteral("--status \"%1\": skriv open (bara öppna) eller all.").arg(status)
            << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    QJsonArray list;
    for (const Complaint &c : complaintsOf(*workspace, unitId, openOnly))
        list.append(complaintJson(c));
    printJson(context.out, QJsonDocument(list));
    return 0;
}

int complaintFeedback(CliContext &context)
{
    qint64 id = 0;
    QString text;
    if (!idOf(context, kComplaint, &id) || !required(context, kText, &text))
        return 2;
    QDate on = stockholmDate(QDateTime::currentDateTimeUtc());
    if (context.parser.isSet(kDate) && !dateOf(context, kDate, &on))
        return 2;
    auto workspace = openWorkspace(context);
    printJson(context.out,
        QJsonDocument(complaintJson(recordComplaintFeedback(*workspace, id, text, on))));
    return 0;
}

} // namespace

void addQualityOptions(QCommandLineParser &parser)
{
    // --unit, --date, --from, --to, --status, --kind, --csv, --map and --text
    // are registered with the commands that had them first.
    parser.addOption(
        {kCategory, QStringLiteral("deviation add: kategorin, t.ex. fall, lakemedel, hjalpmedel."),
            QStringLiteral("KATEGORI")});
    parser.addOption({kSeverity,
        QStringLiteral("deviation add: allvarlighetsgraden: risk, lindrig, mattlig, allvarlig."),
        QStringLiteral("GRAD")});
    parser.addOption({kDescription,
        QStringLiteral("deviation add: kort beskrivning utan kundens namn eller personnummer."),
        QStringLiteral("TEXT")});
    parser.addOption(
        {kSummary, QStringLiteral("complaint add: kort sammanfattning utan uppgifter om kunden."),
            QStringLiteral("TEXT")});
    parser.addOption(
        {kComplaint, QStringLiteral("complaint feedback: klagomålets eller synpunktens id."),
            QStringLiteral("ID")});
}

int runDeviation(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("add"))
        return addDeviation(context);
    if (sub == QLatin1String("list"))
        return listDeviations(context);
    if (sub == QLatin1String("import"))
        return importDeviations(context);
    if (sub == QLatin1String("summary"))
        return deviationSummary(context);
    return unknownSubcommand(
        context, QStringLiteral("deviation"), QStringLiteral("add, list, import eller summary"));
}

int runComplaint(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("add"))
        return addComplaint(context);
    if (sub == QLatin1String("list"))
        return listComplaints(context);
    if (sub == QLatin1String("feedback"))
        return complaintFeedback(context);
    return unknownSubcommand(
        context, QStringLiteral("complaint"), QStringLiteral("add, list eller feedback"));
}

} // namespace tf
