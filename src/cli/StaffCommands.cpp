#include "cli/StaffCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliOptions.h"
#include "domain/InsatsEnd.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/staff/InsatsEnds.h"
#include "services/staff/Leavers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
const QString kPerson = QStringLiteral("person");
const QString kClient = QStringLiteral("client");
const QString kDate = QStringLiteral("date");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kReason = QStringLiteral("reason");
const QString kDryRun = QStringLiteral("dry-run");
const QString kCloseActions = QStringLiteral("close-actions");

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonArray itemsJson(const QList<HandoverItem> &items)
{
    QJsonArray array;
    for (const HandoverItem &item : items) {
        QJsonObject object {{QStringLiteral("kind"), handoverKindKey(item.kind)},
            {QStringLiteral("id"), item.rowId}, {QStringLiteral("client"), idOrNull(item.clientId)},
            {QStringLiteral("clientName"), item.clientName}, {QStringLiteral("what"), item.what}};
        if (item.kind == HandoverKind::Action)
            object.insert(QStringLiteral("dueDate"), dateOrNull(item.dueDate));
        if (item.toPersonId > 0)
            object.insert(QStringLiteral("to"), item.toPersonId);
        array.append(object);
    }
    return array;
}
} // namespace

void addStaffOptions(QCommandLineParser &parser)
{
    // --person and --client are registered by the access-log options,
    // --date, --from and --to by the chair's.
    parser.addOption({kReason,
        QStringLiteral("end-insats: varför insatsen upphör: flyttat, avlidit eller avslutad; "
                       "correct-note: varför anteckningen rättas."),
        QStringLiteral("ORSAK")});
    parser.addOption({kDryRun,
        QStringLiteral("handover: visar vad som skulle lämnas över utan att ändra något.")});
    parser.addOption({kCloseActions,
        QStringLiteral("end-insats: stänger kundens öppna åtgärder (markeras klara).")});
}

int runEndEmployment(CliContext &context)
{
    qint64 personId = 0;
    QDate endsOn;
    if (!idOf(context, kPerson, &personId) || !dateOf(context, kDate, &endsOn))
        return 2;
    auto workspace = openWorkspace(context);
    Leavers leavers(*workspace);
    const Person person = leavers.endEmployment(personId, endsOn);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("person"), person.id},
            {QStringLiteral("name"), person.name}, {QStringLiteral("endsOn"), dateOrNull(endsOn)},
            {QStringLiteral("toHandOver"), itemsJson(leavers.openItems(personId))}}));
    return 0;
}

int runHandover(CliContext &context)
{
    qint64 fromId = 0;
    qint64 toId = 0;
    if (!idOf(context, kFrom, &fromId) || !idOf(context, kTo, &toId))
        return 2;
    const bool dryRun = context.parser.isSet(kDryRun);
    auto workspace = openWorkspace(context);
    Leavers leavers(*workspace);
    if (!workspace->directory().person(fromId)) {
        context.err << QStringLiteral("Det finns ingen person med id %1.").arg(fromId) << Qt::endl;
        return 1;
    }
    QList<HandoverItem> items;
    if (dryRun) {
        items = leavers.openItems(fromId);
        for (HandoverItem &item : items)
            item.toPersonId = toId;
    } else {
        items = leavers.handOverAll(fromId, toId);
    }
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("from"), fromId}, {QStringLiteral("to"), toId},
            {QStringLiteral("dryRun"), dryRun},
            {dryRun ? QStringLiteral("wouldHandOver") : QStringLiteral("handedOver"),
                itemsJson(items)}}));
    return 0;
}

int runEndInsats(CliContext &context)
{
    qint64 clientId = 0;
    QDate endsOn;
    QString reason;
    if (!idOf(context, kClient, &clientId) || !dateOf(context, kDate, &endsOn)
        || !required(context, kReason, &reason))
        return 2;
    if (!isInsatsEndReason(reason)) {
        context.err << QStringLiteral("--reason ska vara flyttat, avlidit eller avslutad, inte "
                                      "\"%1\".")
                           .arg(reason)
                    << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    InsatsEnds ends(*workspace);
    const Client client = ends.endInsats(clientId, endsOn, reason);
    const QList<Action> open = ends.openActionsAbout(clientId);
    int closed = 0;
    if (context.parser.isSet(kCloseActions)) {
        QList<qint64> ids;
        for (const Action &action : open)
            ids << action.id;
        closed = ends.closeActions(ids);
    }
    QJsonArray actions;
    for (const Action &action : open) {
        actions.append(
            QJsonObject {{QStringLiteral("id"), action.id}, {QStringLiteral("what"), action.what},
                {QStringLiteral("responsible"), idOrNull(action.responsibleId)},
                {QStringLiteral("dueDate"), dateOrNull(action.dueDate)}});
    }
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("client"), client.id},
            {QStringLiteral("endsOn"), dateOrNull(client.insatsEndsOn)},
            {QStringLiteral("reason"), client.insatsEndReason},
            {closed > 0 ? QStringLiteral("closedActions") : QStringLiteral("openActions"),
                actions}}));
    return 0;
}

} // namespace tf
