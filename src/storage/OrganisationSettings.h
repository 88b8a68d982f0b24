#pragma once

#include <QString>

namespace tf {

class Database;

// The organisation's own choices, kept in the database (organisation_setting)
// so every program and the command line on it see the same.
class OrganisationSettings
{
public:
    explicit OrganisationSettings(Database &db);

    // The stored value, or an empty string when none is stored.
    QString value(const QString &key);
    void setValue(const QString &key, const QString &value, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
