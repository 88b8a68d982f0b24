#pragma once

#include "domain/ForumTemplate.h"

#include <QHash>
#include <QList>
#include <optional>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// The organisation's own copy of the forum templates.
class TemplateRepository
{
public:
    explicit TemplateRepository(Database &db);

    // Loads the default templates once in the life of a database, in the
    // order given; later calls do nothing, even if every template was removed.
    // Returns true when they were loaded now.
    bool loadDefaultsOnce(const QList<ForumTemplate> &templates);
    // Whether the defaults were loaded once already (a plain read).
    bool defaultsLoaded();
    QList<ForumTemplate> all();
    QList<ForumTemplate> byServiceType(ServiceType type);
    std::optional<ForumTemplate> byId(qint64 id);
    // Only the name, for lists and headings: no purpose, roles or agenda read.
    QString nameOf(qint64 id);
    QHash<qint64, QString> names();
    Later<QHash<qint64, QString>> names(ReadBatch &batch);
    // Each template's forum (its key: kvalitetsmote, samordningsmote, …).
    Later<QHash<qint64, QString>> forums(ReadBatch &batch);
    // Saves an edited template. Throws StorageError::Kind::Conflict when
    // someone else saved it after it was read (its version moved on).
    // Returns the new version.
    int save(const ForumTemplate &forumTemplate, qint64 actorId);

private:
    qint64 insert(const ForumTemplate &forumTemplate, int position, qint64 actorId);
    void writeChildren(const ForumTemplate &forumTemplate, qint64 id);
    QList<ForumTemplate> select(const QString &where, const QVariant &value);

    Database &m_db;
};

} // namespace tf
