#include "cli/MinutesCommands.h"
#include "cli/CliOptions.h"

#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/MinutesDocument.h"
#include "services/MinutesPdf.h"
#include "services/MinutesSearch.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

namespace {
void print(CliContext &context, const QJsonDocument &document)
{
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}
} // namespace

void addMinutesOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("meeting"),
        QStringLiteral("minutes, export-minutes, approve: mötets id."), QStringLiteral("ID")});
    // Shared by meetings, schedule and actions.
    parser.addOption({QStringLiteral("unit"),
        QStringLiteral("meetings, schedule, actions: enhetens id."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("status"), QStringLiteral("actions: open, due, overdue, done eller all."),
            QStringLiteral("STATUS"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("pdf"),
        QStringLiteral("export-minutes: PDF-filen som skapas."), QStringLiteral("FIL")});
    parser.addOption({QStringLiteral("anonymize"),
        QStringLiteral("export-minutes: kunder bara med initialer.")});
}

int runMinutes(CliContext &context)
{
    qint64 meetingId = 0;
    if (!idOf(context, QStringLiteral("meeting"), &meetingId))
        return 2;
    auto workspace = openWorkspace(context);
    print(context,
        QJsonDocument(
            minutesToJson(loadMinutesDocument(*workspace, meetingId, AccessPurpose::CommandLine))));
    return 0;
}

int runActions(CliContext &context)
{
    qint64 unitId = 0;
    if (!idOf(context, QStringLiteral("unit"), &unitId))
        return 2;
    ActionFilter filter = ActionFilter::All;
    const QString status = context.parser.value(QStringLiteral("status"));
    if (!actionFilterFromKey(status, &filter)) {
        context.err << QStringLiteral(
            "Okänd status \"%1\". Välj open, due, overdue, done eller all.")
                           .arg(status)
                    << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    QJsonArray array;
    const auto rows = ActionList(*workspace).forUnit(unitId, filter, today);
    MinutesDocument names; // only its people, for the responsible's name
    const auto people = workspace->directory().people();
    for (const Person &person : people)
        names.people.insert(person.id, person);
    for (const auto &row : rows) {
        QJsonObject object = actionToJson(row.action, &names);
        object.insert(QStringLiteral("decidedOn"), row.decidedOn.toString(Qt::ISODate));
        object.insert(QStringLiteral("followUpOn"),
            row.followUpOn.isValid() ? QJsonValue(row.followUpOn.toString(Qt::ISODate))
                                     : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("overdue"), row.action.isOverdue(today));
        array.append(object);
    }
    print(context, QJsonDocument(array));
    return 0;
}

int runExportMinutes(CliContext &context)
{
    qint64 meetingId = 0;
    if (!idOf(context, QStringLiteral("meeting"), &meetingId))
        return 2;
    const QString path = context.parser.value(QStringLiteral("pdf"));
    if (path.isEmpty()) {
        context.err << QStringLiteral("Ange filen med --pdf FIL.") << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    const MinutesDocument document
        = loadMinutesDocument(*workspace, meetingId, AccessPurpose::CommandLine);
    const bool anonymize = context.parser.isSet(QStringLiteral("anonymize"));
    MinutesPdf::write(document, path, anonymize);
    print(context,
        QJsonDocument(QJsonObject {{QStringLiteral("meetingId"), meetingId},
            {QStringLiteral("pdf"), path}, {QStringLiteral("anonymized"), anonymize},
            {QStringLiteral("approved"), document.closing.isApproved()}}));
    if (!document.closing.isApproved())
        context.err << QStringLiteral("Obs: protokollet är inte justerat än.") << Qt::endl;
    return 0;
}

int runSearch(CliContext &context)
{
    const QString query = context.arguments.join(QLatin1Char(' '));
    if (searchTerms(query).isEmpty()) {
        context.err << QStringLiteral("Ange ord att söka efter: search ORD …") << Qt::endl;
        return 2;
    }
    QList<qint64> units;
    qint64 unitId = 0;
    const bool oneUnit = context.parser.isSet(QStringLiteral("unit"));
    if (oneUnit && !idOf(context, QStringLiteral("unit"), &unitId))
        return 2;
    auto workspace = openWorkspace(context);
    if (oneUnit) {
        if (!unitExists(context, *workspace, unitId))
            return 1;
        units << unitId;
    }
    QJsonArray array;
    const auto hits = searchMinutes(*workspace, query, units, AccessPurpose::CommandLine);
    for (const SearchHit &hit : hits)
        array.append(QJsonObject {{QStringLiteral("kind"), searchHitKindKey(hit.kind)},
            {QStringLiteral("id"), hit.rowId}, {QStringLiteral("meetingId"), hit.meetingId},
            {QStringLiteral("agendaItemId"), hit.agendaItemId},
            {QStringLiteral("unitId"), hit.unitId},
            {QStringLiteral("meetingStart"), utcIso(hit.meetingStartUtc)},
            {QStringLiteral("snippet"), hit.snippet}});
    print(context, QJsonDocument(array));
    return 0;
}

} // namespace tf
