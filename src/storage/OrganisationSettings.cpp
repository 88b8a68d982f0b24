#include "storage/OrganisationSettings.h"

#include "storage/ChangeLog.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

namespace tf {

OrganisationSettings::OrganisationSettings(Database &db)
    : m_db(db)
{ }

QString OrganisationSettings::value(const QString &key)
{
    Query query(m_db,
        QStringLiteral("SELECT setting_value FROM organisation_setting WHERE setting_key = ?"));
    query.bind(key).exec();
    return query.next() ? query.text(0) : QString();
}

void OrganisationSettings::setValue(const QString &key, const QString &value, qint64 actorId)
{
    Transaction transaction(m_db);
    Query query(m_db,
        QStringLiteral("INSERT INTO organisation_setting "
                       "(setting_key, setting_value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (setting_key) DO UPDATE SET "
                       "setting_value = excluded.setting_value, "
                       "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    query.bind(key).bind(value).bind(nowUtcText()).bindId(actorId).exec();
    recordChange(
        m_db, actorId, QStringLiteral("organisation_setting"), 0, QStringLiteral("update"));
    transaction.commit();
}

} // namespace tf
