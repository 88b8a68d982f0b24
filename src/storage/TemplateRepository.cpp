#include "storage/TemplateRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, version, uuid, service_type, forum, name, description, interval_text, rrule, "
    "times_per_day, on_demand, min_minutes, max_minutes, extendable, duration_text, "
    "location_kind, location, held_together_with FROM forum_template");

// Rows of (template_id, text, flag) as a list of Row {text, flag} by
// template: a template's participants or agenda.
template <typename Row> QHash<qint64, QList<Row>> textsAndFlags(Query &query)
{
    QHash<qint64, QList<Row>> byTemplate;
    while (query.next())
        byTemplate[query.id(0)].append({query.text(1), query.boolean(2)});
    return byTemplate;
}

ForumTemplate readTemplate(const Query &query)
{
    ForumTemplate t;
    t.id = query.id(0);
    t.version = query.integer(1);
    t.uuid = query.text(2);
    serviceTypeFromKey(query.text(3), &t.serviceType);
    t.forum = query.text(4);
    t.name = query.text(5);
    t.description = query.text(6);
    t.intervalText = query.text(7);
    t.rrule = query.text(8);
    t.timesPerDay = query.integer(9);
    t.onDemand = query.boolean(10);
    t.minMinutes = query.integer(11);
    t.maxMinutes = query.integer(12);
    t.extendable = query.boolean(13);
    t.durationText = query.text(14);
    t.locationKind = locationKindFromKey(query.text(15));
    t.location = query.text(16);
    t.heldTogetherWith = query.text(17).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return t;
}
} // namespace

TemplateRepository::TemplateRepository(Database &db)
    : m_db(db)
{ }

bool TemplateRepository::defaultsLoaded()
{
    Query loaded(m_db, QStringLiteral("SELECT meta_value FROM teamforum_meta WHERE meta_key = ?"));
    loaded.bind(QStringLiteral("default_templates_loaded")).exec();
    return loaded.next();
}

bool TemplateRepository::loadDefaultsOnce(const QList<ForumTemplate> &templates)
{
    Transaction transaction(m_db);
    if (defaultsLoaded()) // another program loaded them in between
        return false;
    int position = 0;
    for (const auto &forumTemplate : templates)
        insert(forumTemplate, ++position, 0);
    Query mark(m_db,
        QStringLiteral("INSERT INTO teamforum_meta (meta_key, meta_value) "
                       "VALUES (?, ?)"));
    mark.bind(QStringLiteral("default_templates_loaded")).bind(nowUtcText()).exec();
    transaction.commit();
    return true;
}

qint64 TemplateRepository::insert(const ForumTemplate &t, int position, qint64 actorId)
{
    Query query(m_db,
        QStringLiteral(
            "INSERT INTO forum_template (uuid, service_type, forum, name, description, "
            "interval_text, rrule, times_per_day, on_demand, min_minutes, max_minutes, extendable, "
            "duration_text, location_kind, location, held_together_with, position, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"));
    query.bind(t.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : t.uuid)
        .bind(serviceTypeKey(t.serviceType))
        .bind(t.forum)
        .bind(t.name)
        .bind(t.description)
        .bind(t.intervalText)
        .bind(t.rrule)
        .bind(t.timesPerDay)
        .bindBool(t.onDemand)
        .bind(t.minMinutes)
        .bind(t.maxMinutes)
        .bindBool(t.extendable)
        .bind(t.durationText)
        .bind(locationKindKey(t.locationKind))
        .bind(t.location)
        .bind(t.heldTogetherWith.join(QLatin1Char(',')))
        .bind(position)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = query.execReturningId();
    writeChildren(t, id);
    recordChange(m_db, actorId, QStringLiteral("forum_template"), id, QStringLiteral("insert"));
    return id;
}

void TemplateRepository::writeChildren(const ForumTemplate &t, qint64 id)
{
    const QStringList tables
        = {QStringLiteral("template_purpose"), QStringLiteral("template_participant"),
            QStringLiteral("template_leader"), QStringLiteral("template_agenda_item")};
    for (const QString &table : tables) {
        Query clear(m_db, QStringLiteral("DELETE FROM %1 WHERE template_id = ?").arg(table));
        clear.bind(id).exec();
    }
    for (int i = 0; i < t.purpose.size(); ++i) {
        Query query(m_db,
            QStringLiteral("INSERT INTO template_purpose (template_id, position, "
                           "text) VALUES (?, ?, ?)"));
        query.bind(id).bind(i).bind(t.purpose.at(i)).exec();
    }
    for (int i = 0; i < t.participants.size(); ++i) {
        Query query(m_db,
            QStringLiteral("INSERT INTO template_participant (template_id, "
                           "position, role, optional) VALUES (?, ?, ?, ?)"));
        query.bind(id)
            .bind(i)
            .bind(t.participants.at(i).role)
            .bindBool(t.participants.at(i).optional);
        query.exec();
    }
    for (int i = 0; i < t.leaders.size(); ++i) {
        Query query(m_db,
            QStringLiteral("INSERT INTO template_leader (template_id, position, "
                           "role) VALUES (?, ?, ?)"));
        query.bind(id).bind(i).bind(t.leaders.at(i)).exec();
    }
    for (int i = 0; i < t.agenda.size(); ++i) {
        Query query(m_db,
            QStringLiteral("INSERT INTO template_agenda_item (template_id, "
                           "position, title, per_client) VALUES (?, ?, ?, ?)"));
        query.bind(id).bind(i).bind(t.agenda.at(i).title).bindBool(t.agenda.at(i).perClient);
        query.exec();
    }
}

QList<ForumTemplate> TemplateRepository::all()
{
    return select(QString(), QVariant());
}

QList<ForumTemplate> TemplateRepository::byServiceType(ServiceType type)
{
    return select(QStringLiteral("service_type = ?"), serviceTypeKey(type));
}

std::optional<ForumTemplate> TemplateRepository::byId(qint64 id)
{
    const auto found = select(QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QString TemplateRepository::nameOf(qint64 id)
{
    Query query(m_db, QStringLiteral("SELECT name FROM forum_template WHERE id = ?"));
    query.bind(id).exec();
    return query.next() ? query.text(0) : QString();
}

QHash<qint64, QString> TemplateRepository::names()
{
    return readAlone(m_db, [&](ReadBatch &batch) { return names(batch); });
}

namespace {
// One column of every template, by id.
Later<QHash<qint64, QString>> columnById(ReadBatch &batch, const QString &column)
{
    Query &statement = batch.add(QStringLiteral("SELECT id, %1 FROM forum_template").arg(column));
    return batch.read<QHash<qint64, QString>>(statement, [](Query &query) {
        QHash<qint64, QString> values;
        while (query.next())
            values.insert(query.id(0), query.text(1));
        return values;
    });
}
} // namespace

Later<QHash<qint64, QString>> TemplateRepository::names(ReadBatch &batch)
{
    return columnById(batch, QStringLiteral("name"));
}

Later<QHash<qint64, QString>> TemplateRepository::forums(ReadBatch &batch)
{
    return columnById(batch, QStringLiteral("forum"));
}

QList<ForumTemplate> TemplateRepository::select(const QString &where, const QVariant &value)
{
    // The templates and their four lists in one batch (one round trip on
    // PostgreSQL), the lists read for all the chosen templates at once.
    const QString chosen = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    ReadBatch batch(m_db);
    const auto add = [&](const QString &sql) -> Query & {
        Query &query = batch.add(sql);
        if (!where.isEmpty())
            query.bind(value);
        return query;
    };
    Later<QList<ForumTemplate>> templates = batch.read<QList<ForumTemplate>>(
        add(kSelect + chosen + QStringLiteral(" ORDER BY position, id")), [](Query &query) {
            QList<ForumTemplate> list;
            while (query.next())
                list << readTemplate(query);
            return list;
        });
    // A list of the chosen templates' rows, by template, in position order.
    const auto listOf = [&](const QString &columns, const QString &table) -> Query & {
        return add(
            QStringLiteral("SELECT template_id, %1 FROM %2 WHERE template_id IN "
                           "(SELECT id FROM forum_template%3) ORDER BY template_id, position")
                .arg(columns, table, chosen));
    };
    using Texts = QHash<qint64, QStringList>;
    const auto texts = [](Query &query) {
        Texts byTemplate;
        while (query.next())
            byTemplate[query.id(0)] << query.text(1);
        return byTemplate;
    };
    Later<Texts> purposes = batch.read<Texts>(
        listOf(QStringLiteral("text"), QStringLiteral("template_purpose")), texts);
    using Participants = QHash<qint64, QList<TemplateParticipant>>;
    Later<Participants> participants = batch.read<Participants>(
        listOf(QStringLiteral("role, optional"), QStringLiteral("template_participant")),
        textsAndFlags<TemplateParticipant>);
    Later<Texts> leaders = batch.read<Texts>(
        listOf(QStringLiteral("role"), QStringLiteral("template_leader")), texts);
    using Agendas = QHash<qint64, QList<TemplateAgendaItem>>;
    Later<Agendas> agendas = batch.read<Agendas>(
        listOf(QStringLiteral("title, per_client"), QStringLiteral("template_agenda_item")),
        textsAndFlags<TemplateAgendaItem>);
    batch.exec();
    QList<ForumTemplate> list = templates.take();
    for (ForumTemplate &t : list) {
        t.purpose = purposes.get().value(t.id);
        t.participants = participants.get().value(t.id);
        t.leaders = leaders.get().value(t.id);
        t.agenda = agendas.get().value(t.id);
    }
    return list;
}

int TemplateRepository::save(const ForumTemplate &t, qint64 actorId)
{
    const QString problem = t.validationError();
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::General, problem);
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral(
            "UPDATE forum_template SET name = ?, description = ?, interval_text = ?, rrule = ?, "
            "times_per_day = ?, on_demand = ?, min_minutes = ?, max_minutes = ?, extendable = ?, "
            "duration_text = ?, location_kind = ?, location = ?, held_together_with = ?, "
            "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    update.bind(t.name.trimmed())
        .bind(t.description)
        .bind(t.intervalText)
        .bind(t.rrule)
        .bind(t.timesPerDay)
        .bindBool(t.onDemand)
        .bind(t.minMinutes)
        .bind(t.maxMinutes)
        .bindBool(t.extendable)
        .bind(t.durationText)
        .bind(locationKindKey(t.locationKind))
        .bind(t.location)
        .bind(t.heldTogetherWith.join(QLatin1Char(',')))
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(t.id)
        .bind(t.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Mallen \"%1\" har ändrats av någon annan sedan du "
                           "öppnade den. Dina ändringar har inte sparats; läs in "
                           "mallen på nytt och gör om dem.")
                .arg(t.name));
    writeChildren(t, t.id);
    recordChange(m_db, actorId, QStringLiteral("forum_template"), t.id, QStringLiteral("update"));
    transaction.commit();
    return t.version + 1;
}

} // namespace tf
