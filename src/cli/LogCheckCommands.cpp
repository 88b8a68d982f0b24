#include "cli/LogCheckCommands.h"
#include "cli/CliOptions.h"

#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/LogChecks.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

namespace {
const QString kUnit = QStringLiteral("unit");
const QString kMonth = QStringLiteral("month");
const QString kYear = QStringLiteral("year");
const QString kSample = QStringLiteral("sample");
const QString kJudgements = QStringLiteral("judgements");
const int kDefaultSample = 20;

void print(CliContext &context, const QJsonObject &json)
{
    context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

// --unit and --month, both required; false after a message.
bool unitAndMonth(CliContext &context, qint64 *unitId, QString *month)
{
    if (!idOf(context, kUnit, unitId) || !required(context, kMonth, month))
        return false;
    QString error;
    if (logCheckMonth(*month, &error).isValid())
        return true;
    context.err << error << Qt::endl;
    return false;
}

QJsonObject checkJson(Workspace &workspace, const LogCheck &check)
{
    QHash<qint64, QString> people;
    for (const Person &person : workspace.directory().people())
        people.insert(person.id, person.name);
    QJsonArray rows;
    for (const LogCheckRow &row : check.rows) {
        QJsonObject line {{QStringLiteral("accessLogId"), row.entry.id},
            {QStringLiteral("accessedAt"), utcIso(row.entry.accessedUtc)},
            {QStringLiteral("personId"), row.entry.personId},
            {QStringLiteral("personName"), people.value(row.entry.personId)},
            {QStringLiteral("kind"), accessKindKey(row.entry.kind)},
            {QStringLiteral("kindLabel"), accessKindLabel(row.entry.kind)},
            {QStringLiteral("reason"), checkReasonKey(row.reason)},
            {QStringLiteral("judgement"), check.id ? checkJudgementKey(row.judgement) : QString()},
            {QStringLiteral("note"), row.note}};
        if (row.entry.clientId) {
            line.insert(QStringLiteral("clientId"), row.entry.clientId);
            line.insert(QStringLiteral("purpose"), row.entry.purpose);
        }
        rows.append(line);
    }
    QJsonObject json {{QStringLiteral("unit"), check.unitId},
        {QStringLiteral("month"), check.period}, {QStringLiteral("sampleSize"), check.sampleSize},
        // As text: a 64-bit seed does not fit a JSON number exactly.
        {QStringLiteral("seed"), QString::number(check.seed)},
        {QStringLiteral("throughLogId"), check.throughLogId}, {QStringLiteral("rows"), rows}};
    if (check.id) {
        json.insert(QStringLiteral("id"), check.id);
        json.insert(QStringLiteral("savedAt"), utcIso(check.savedUtc));
        json.insert(QStringLiteral("reviewerId"), check.reviewerId);
        json.insert(QStringLiteral("reviewerName"), people.value(check.reviewerId));
    }
    return json;
}

int prepare(CliContext &context)
{
    qint64 unitId = 0;
    QString month;
    if (!unitAndMonth(context, &unitId, &month))
        return 2;
    int sample = kDefaultSample;
    if (context.parser.isSet(kSample) && !countOf(context, kSample, &sample))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    print(context, checkJson(*workspace, prepareLogCheck(*workspace, unitId, month, sample)));
    return 0;
}

// The judged check: the output of `access-log check` with each row's
// judgement (no_remark or investigate) and note filled in.
bool judgedFrom(CliContext &context, LogCheck *check)
{
    QString path;
    if (!required(context, kJudgements, &path))
        return false;
    QByteArray data;
    QString error;
    if (!readInputFile(path, QStringLiteral("bedömningsfilen"), &data, &error)) {
        context.err << error << Qt::endl;
        return false;
    }
    QJsonParseError parsed;
    const QJsonObject json = QJsonDocument::fromJson(data, &parsed).object();
    if (parsed.error != QJsonParseError::NoError || json.isEmpty()) {
        context.err << QStringLiteral("Bedömningsfilen är inte JSON som `access-log check` "
                                      "skriver ut.")
                    << Qt::endl;
        return false;
    }
    check->sampleSize = json.value(QStringLiteral("sampleSize")).toInt(-1);
    check->seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    check->throughLogId = json.value(QStringLiteral("throughLogId")).toInteger();
    for (const QJsonValue &value : json.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject line = value.toObject();
        LogCheckRow row;
        row.entry.id = line.value(QStringLiteral("accessLogId")).toInteger();
        row.note = line.value(QStringLiteral("note")).toString();
        const QString judgement = line.value(QStringLiteral("judgement")).toString();
        if (!checkJudgementFromKey(judgement, &row.judgement)) {
            context.err << QStringLiteral("Läsning %1: bedömningen ska vara no_remark (utan "
                                          "anmärkning) eller investigate (utreds), inte \"%2\".")
                               .arg(row.entry.id)
                               .arg(judgement)
                        << Qt::endl;
            return false;
        }
        check->rows << row;
    }
    return true;
}

int save(CliContext &context)
{
    LogCheck check;
    if (!unitAndMonth(context, &check.unitId, &check.period) || !judgedFrom(context, &check))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, check.unitId))
        return 1;
    saveLogCheck(*workspace, check);
    print(context, checkJson(*workspace, *savedLogCheck(*workspace, check.unitId, check.period)));
    return 0;
}

int year(CliContext &context)
{
    int year = 0;
    if (!yearOf(context, kYear, &year))
        return 2;
    auto workspace = openWorkspace(context);
    QJsonArray units;
    for (const LogCheckYear &line : logCheckYear(*workspace, year)) {
        const auto unit = workspace->directory().unit(line.unitId);
        units.append(QJsonObject {{QStringLiteral("unit"), line.unitId},
            {QStringLiteral("unitName"), unit ? unit->name : QString()},
            {QStringLiteral("checks"), line.checks},
            {QStringLiteral("rowsReviewed"), line.rowsReviewed},
            {QStringLiteral("toInvestigate"), line.toInvestigate}});
    }
    print(context, {{QStringLiteral("year"), year}, {QStringLiteral("units"), units}});
    return 0;
}

int overdue(CliContext &context)
{
    auto workspace = openWorkspace(context);
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    QList<Unit> withoutReads;
    const QList<Unit> due = overdueLogChecks(*workspace, today, &withoutReads);
    const auto json = [](const QList<Unit> &list) {
        QJsonArray units;
        for (const Unit &unit : list)
            units.append(QJsonObject {
                {QStringLiteral("unit"), unit.id}, {QStringLiteral("unitName"), unit.name}});
        return units;
    };
    print(context,
        {{QStringLiteral("month"), today.addMonths(-1).toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("overdue"), json(due)},
            {QStringLiteral("nothingToCheck"), json(withoutReads)}});
    return 0;
}
} // namespace

void addLogCheckOptions(QCommandLineParser &parser)
{
    parser.addOption({kMonth, QStringLiteral("access-log check: månaden som kontrolleras."),
        QStringLiteral("ÅÅÅÅ-MM")});
    parser.addOption({kYear, QStringLiteral("access-log checks och report: året som sammanställs."),
        QStringLiteral("ÅÅÅÅ")});
    parser.addOption({kJudgements,
        QStringLiteral("access-log save-check: kontrollen med bedömningarna (- för standard in)."),
        QStringLiteral("FIL")});
}

int runLogCheck(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("check"))
        return prepare(context);
    if (sub == QLatin1String("save-check"))
        return save(context);
    if (sub == QLatin1String("checks"))
        return year(context);
    if (sub == QLatin1String("overdue"))
        return overdue(context);
    if (sub.isEmpty())
        return -1;
    context.err << QStringLiteral("Okänt access-log-kommando \"%1\". Välj check, save-check, "
                                  "checks eller overdue.")
                       .arg(sub)
                << Qt::endl;
    return 2;
}

} // namespace tf
