#include "services/quality/Deviations.h"

#include "domain/StorageError.h"
#include "domain/quality/ClientMention.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/quality/DeviationRepository.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace tf {

namespace {
[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject tallyJson(const DeviationTally &tally)
{
    return {{QStringLiteral("current"), tally.current},
        {QStringLiteral("previous"), tally.previous}, {QStringLiteral("trend"), tally.trend()}};
}
} // namespace

QString deviationProblem(
    Workspace &workspace, const Deviation &deviation, const QStringList &clientNames)
{
    if (!workspace.units().byId(deviation.unitId))
        return QStringLiteral("Det finns ingen enhet med id %1.").arg(deviation.unitId);
    if (!deviation.occurredOn.isValid())
        return QStringLiteral("Ange dagen då avvikelsen inträffade (ÅÅÅÅ-MM-DD).");
    if (deviation.occurredOn > stockholmDate(QDateTime::currentDateTimeUtc()))
        return QStringLiteral("Dagen %1 har inte kommit än.").arg(isoDate(deviation.occurredOn));
    const QString description = deviation.description.trimmed();
    if (description.isEmpty())
        return QStringLiteral("Skriv en kort beskrivning av avvikelsen.");
    if (description.size() > kDeviationDescriptionMax)
        return QStringLiteral("Beskrivningen får vara högst %1 tecken; den är %2.")
            .arg(kDeviationDescriptionMax)
            .arg(description.size());
    return clientMentionIn(description, clientNames);
}

QStringList knownClientNames(Workspace &workspace)
{
    QStringList names;
    for (const Client &client : workspace.clients().all())
        names << client.name;
    return names;
}

qint64 saveDeviation(Workspace &workspace, const Deviation &deviation)
{
    Deviation clean = deviation;
    clean.description = deviation.description.trimmed();
    clean.externalId = deviation.externalId.trimmed();
    const QString problem = deviationProblem(workspace, clean, knownClientNames(workspace));
    if (!problem.isEmpty())
        refuse(problem);
    DeviationRepository repository(workspace.database());
    Transaction transaction(workspace.database());
    qint64 id = clean.id;
    if (id > 0)
        repository.update(clean, workspace.actorId());
    else
        id = repository.add(clean, workspace.actorId());
    transaction.commit();
    return id;
}

std::optional<Deviation> deviationById(Workspace &workspace, qint64 id)
{
    return DeviationRepository(workspace.database()).byId(id);
}

QList<Deviation> deviationsBetween(
    Workspace &workspace, qint64 unitId, const QDate &from, const QDate &to)
{
    return DeviationRepository(workspace.database()).between(unitId, from, to);
}

QJsonObject DeviationSummary::toJson() const
{
    QJsonArray categoryRows;
    for (const auto &[category, tally] : categories) {
        QJsonObject row = tallyJson(tally);
        row.insert(QStringLiteral("category"), deviationCategoryKey(category));
        row.insert(QStringLiteral("label"), deviationCategoryLabel(category));
        categoryRows.append(row);
    }
    QJsonArray unitRows;
    for (const UnitRow &unit : units) {
        QJsonObject row = tallyJson(unit.tally);
        row.insert(QStringLiteral("unit"), unit.unitId);
        row.insert(QStringLiteral("name"), unit.name);
        unitRows.append(row);
    }
    QJsonObject json {{QStringLiteral("from"), isoDate(from)}, {QStringLiteral("to"), isoDate(to)},
        {QStringLiteral("previousFrom"), isoDate(previousFrom)},
        {QStringLiteral("previousTo"), isoDate(previousTo)},
        {QStringLiteral("total"), tallyJson(total)}, {QStringLiteral("categories"), categoryRows},
        {QStringLiteral("units"), unitRows}};
    json.insert(QStringLiteral("unit"), unitId > 0 ? QJsonValue(unitId) : QJsonValue());
    return json;
}

DeviationSummary summarizeDeviations(
    Workspace &workspace, qint64 unitId, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        refuse(QStringLiteral("Ange periodens första och sista dag (ÅÅÅÅ-MM-DD)."));
    if (to < from)
        refuse(QStringLiteral("Periodens sista dag %1 är före den första %2.")
                   .arg(isoDate(to), isoDate(from)));
    if (unitId > 0 && !workspace.units().byId(unitId))
        refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(unitId));
    DeviationSummary summary;
    summary.unitId = unitId;
    summary.from = from;
    summary.to = to;
    summary.previousTo = from.addDays(-1);
    summary.previousFrom = summary.previousTo.addDays(-from.daysTo(to));

    DeviationRepository repository(workspace.database());
    QHash<int, DeviationTally> byCategory;
    QHash<qint64, DeviationTally> byUnit;
    const auto add = [&](const QList<DeviationCount> &counts, int DeviationTally::*field) {
        for (const DeviationCount &count : counts) {
            byCategory[int(count.category)].*field += count.count;
            byUnit[count.unitId].*field += count.count;
            summary.total.*field += count.count;
        }
    };
    add(repository.counts(unitId, from, to), &DeviationTally::current);
    add(repository.counts(unitId, summary.previousFrom, summary.previousTo),
        &DeviationTally::previous);
    for (DeviationCategory category : deviationCategories())
        summary.categories << qMakePair(category, byCategory.value(int(category)));
    QHash<qint64, QString> names;
    for (const Unit &unit : workspace.units().all())
        names.insert(unit.id, unit.name);
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it)
        summary.units << DeviationSummary::UnitRow {it.key(), names.value(it.key()), it.value()};
    std::sort(summary.units.begin(), summary.units.end(),
        [](const DeviationSummary::UnitRow &a, const DeviationSummary::UnitRow &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    return summary;
}

QString deviationItemTitle(DeviationCategory category)
{
    return QStringLiteral("Avvikelser: %1").arg(deviationCategoryLabel(category));
}

int takeUpDeviations(Workspace &workspace, qint64 meetingId, const QDate &from, const QDate &to)
{
    const auto meeting = workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet finns inte längre."));
    const DeviationSummary summary = summarizeDeviations(workspace, meeting->unitId, from, to);
    QHash<int, int> serious;
    for (const Deviation &deviation : deviationsBetween(workspace, meeting->unitId, from, to)) {
        if (deviation.severity == DeviationSeverity::Serious)
            ++serious[int(deviation.category)];
    }
    Transaction transaction(workspace.database());
    QStringList titles;
    for (const AgendaItem &item : workspace.agenda().items(meetingId))
        titles << item.title;
    int added = 0;
    for (const auto &[category, tally] : summary.categories) {
        if (tally.current == 0 || titles.contains(deviationItemTitle(category)))
            continue;
        AgendaItem item;
        item.meetingId = meetingId;
        item.title = deviationItemTitle(category);
        item.body = QStringLiteral("%1 – %2: %3 avvikelser (föregående period %4).")
                        .arg(isoDate(from), isoDate(to))
                        .arg(tally.current)
                        .arg(tally.previous);
        if (serious.value(int(category)) > 0)
            item.body += QStringLiteral(" Allvarliga: %1.").arg(serious.value(int(category)));
        item.raisedById = workspace.actorId();
        workspace.agenda().add(item);
        ++added;
    }
    transaction.commit();
    return added;
}

qint64 takeUpDeviation(Workspace &workspace, qint64 meetingId, qint64 deviationId)
{
    const auto deviation = deviationById(workspace, deviationId);
    if (!deviation)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Avvikelsen finns inte längre."));
    const auto meeting = workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet finns inte längre."));
    if (meeting->unitId != deviation->unitId)
        refuse(QStringLiteral("Avvikelsen hör till en annan enhet än mötet."));
    const QString title
        = QStringLiteral("Avvikelse %1: %2 (%3)")
              .arg(isoDate(deviation->occurredOn), deviationCategoryLabel(deviation->category),
                  deviationSeverityLabel(deviation->severity).toLower());
    for (const AgendaItem &item : workspace.agenda().items(meetingId)) {
        if (item.title == title && item.body == deviation->description)
            return item.id;
    }
    AgendaItem item;
    item.meetingId = meetingId;
    item.title = title;
    item.body = deviation->description;
    item.raisedById = workspace.actorId();
    return workspace.agenda().add(item);
}

} // namespace tf
