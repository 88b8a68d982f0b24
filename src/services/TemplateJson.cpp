#include "services/TemplateJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace tf {

QJsonObject templateToJson(const ForumTemplate &t)
{
    QJsonArray participants;
    for (const auto &participant : t.participants)
        participants.append(QJsonObject {{QStringLiteral("role"), participant.role},
            {QStringLiteral("optional"), participant.optional}});
    QJsonArray agenda;
    QJsonArray agendaItems;
    for (const auto &item : t.agenda) {
        agenda.append(item.title);
        agendaItems.append(QJsonObject {
            {QStringLiteral("title"), item.title}, {QStringLiteral("perClient"), item.perClient}});
    }
    QJsonObject object;
    if (t.id > 0)
        object.insert(QStringLiteral("id"), t.id);
    object.insert(QStringLiteral("serviceType"), serviceTypeKey(t.serviceType));
    object.insert(QStringLiteral("forum"), t.forum);
    object.insert(QStringLiteral("name"), t.name);
    object.insert(QStringLiteral("interval"), t.intervalText);
    object.insert(QStringLiteral("rrule"), t.rrule);
    object.insert(QStringLiteral("timesPerDay"), t.timesPerDay);
    object.insert(QStringLiteral("onDemand"), t.onDemand);
    object.insert(QStringLiteral("minutes"),
        QJsonObject {{QStringLiteral("min"), t.minMinutes}, {QStringLiteral("max"), t.maxMinutes}});
    object.insert(QStringLiteral("extendable"), t.extendable);
    object.insert(QStringLiteral("durationText"), t.durationText);
    object.insert(QStringLiteral("location"), t.location);
    object.insert(QStringLiteral("locationKind"), locationKindKey(t.locationKind));
    object.insert(QStringLiteral("participants"), participants);
    object.insert(QStringLiteral("leaders"), QJsonArray::fromStringList(t.leaders));
    object.insert(QStringLiteral("purpose"), QJsonArray::fromStringList(t.purpose));
    object.insert(QStringLiteral("description"), t.description);
    object.insert(
        QStringLiteral("heldTogetherWith"), QJsonArray::fromStringList(t.heldTogetherWith));
    object.insert(QStringLiteral("agenda"), agenda);
    object.insert(QStringLiteral("agendaItems"), agendaItems);
    return object;
}

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const auto array = value.toArray();
    for (const auto &entry : array)
        list << entry.toString();
    return list;
}
} // namespace

bool templateFromJson(const QJsonObject &object, ForumTemplate *t, QString *error)
{
    if (!serviceTypeFromKey(
            object.value(QStringLiteral("serviceType")).toString(), &t->serviceType)) {
        *error = QStringLiteral("Okänd verksamhetstyp: %1")
                     .arg(object.value(QStringLiteral("serviceType")).toString());
        return false;
    }
    t->forum = object.value(QStringLiteral("forum")).toString();
    t->name = object.value(QStringLiteral("name")).toString();
    t->purpose = stringList(object.value(QStringLiteral("purpose")));
    t->description = object.value(QStringLiteral("description")).toString();
    t->intervalText = object.value(QStringLiteral("interval")).toString();
    t->rrule = object.value(QStringLiteral("rrule")).toString();
    t->timesPerDay = object.value(QStringLiteral("timesPerDay")).toInt(1);
    t->onDemand = object.value(QStringLiteral("onDemand")).toBool();
    const QJsonObject minutes = object.value(QStringLiteral("minutes")).toObject();
    t->minMinutes = minutes.value(QStringLiteral("min")).toInt();
    t->maxMinutes = minutes.value(QStringLiteral("max")).toInt();
    t->extendable = object.value(QStringLiteral("extendable")).toBool();
    t->durationText = object.value(QStringLiteral("durationText")).toString();
    const QJsonValue location = object.value(QStringLiteral("location"));
    if (location.isObject()) {
        t->locationKind
            = locationKindFromKey(location.toObject().value(QStringLiteral("kind")).toString());
        t->location = location.toObject().value(QStringLiteral("text")).toString();
    } else {
        t->locationKind
            = locationKindFromKey(object.value(QStringLiteral("locationKind")).toString());
        t->location = location.toString();
    }
    t->participants.clear();
    const auto participants = object.value(QStringLiteral("participants")).toArray();
    for (const auto &entry : participants) {
        const QJsonObject participant = entry.toObject();
        t->participants.append({participant.value(QStringLiteral("role")).toString(),
            participant.value(QStringLiteral("optional")).toBool()});
    }
    t->leaders = stringList(object.value(QStringLiteral("leaders")));
    t->heldTogetherWith = stringList(object.value(QStringLiteral("heldTogetherWith")));
    t->agenda.clear();
    const auto agenda = object.value(QStringLiteral("agenda")).toArray();
    for (const auto &entry : agenda) {
        if (entry.isString())
            t->agenda.append({entry.toString(), false});
        else
            t->agenda.append({entry.toObject().value(QStringLiteral("title")).toString(),
                entry.toObject().value(QStringLiteral("perClient")).toBool()});
    }
    *error = t->validationError();
    return error->isEmpty();
}

QList<ForumTemplate> defaultTemplates()
{
    QFile file(QStringLiteral(":/templates/forum_templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("forum_templates.json is missing from the program's resources");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw std::runtime_error(parseError.errorString().toStdString());
    QList<ForumTemplate> templates;
    const auto array = document.object().value(QStringLiteral("templates")).toArray();
    for (const auto &entry : array) {
        ForumTemplate forumTemplate;
        QString error;
        if (!templateFromJson(entry.toObject(), &forumTemplate, &error))
            throw std::runtime_error(error.toStdString());
        templates << forumTemplate;
    }
    return templates;
}

} // namespace tf
