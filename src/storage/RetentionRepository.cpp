#include "storage/RetentionRepository.h"

#include "storage/Query.h"

namespace tf {

namespace {
// Each table that holds data about a client, as (client, time of writing);
// the end of the client's insats counts as an entry on its day (at noon
// UTC, which is that day in Stockholm too).
const QString kEntries = QStringLiteral(R"(
    SELECT id AS client_id, updated_at AS written FROM client
    UNION ALL SELECT client_id, updated_at FROM agenda_item WHERE client_id IS NOT NULL
    UNION ALL SELECT ai.client_id, me.updated_at FROM minute_entry me
        JOIN agenda_item ai ON ai.id = me.agenda_item_id WHERE ai.client_id IS NOT NULL
    UNION ALL SELECT client_id, updated_at FROM team_action WHERE client_id IS NOT NULL
    UNION ALL SELECT ai.client_id, ta.updated_at FROM team_action ta
        JOIN agenda_item ai ON ai.id = ta.agenda_item_id WHERE ai.client_id IS NOT NULL
    UNION ALL SELECT ta.client_id, f.updated_at FROM client_feedback f
        JOIN team_action ta ON ta.id = f.action_id WHERE ta.client_id IS NOT NULL
    UNION ALL SELECT client_id, updated_at FROM client_admission
    UNION ALL SELECT client_id, updated_at FROM risk_assessment
    UNION ALL SELECT client_id, updated_at FROM consent
    UNION ALL SELECT ai.client_id, p.updated_at FROM participation p
        JOIN agenda_item ai ON ai.id = p.agenda_item_id WHERE ai.client_id IS NOT NULL
    UNION ALL SELECT client_id, updated_at FROM sbar_report
    UNION ALL SELECT client_id, updated_at FROM sip_need
    UNION ALL SELECT ai.client_id, a.updated_at FROM minutes_addendum a
        JOIN agenda_item ai ON ai.id = a.agenda_item_id WHERE ai.client_id IS NOT NULL
    UNION ALL SELECT client_id, updated_at FROM next_meeting_client
    UNION ALL SELECT client_id, recorded_at FROM objection
    UNION ALL SELECT client_id, corrected_at FROM note_correction
    UNION ALL SELECT client_id, recorded_at FROM care_plan_event
    UNION ALL SELECT client_id, updated_at FROM meeting_guest
    UNION ALL SELECT client_id, updated_at FROM risk_care_measure
    UNION ALL SELECT client_id, recorded_at FROM hospital_stay
    UNION ALL SELECT ta.client_id, j.documented_at FROM journal_entry_done j
        JOIN team_action ta ON ta.id = j.action_id WHERE ta.client_id IS NOT NULL
    UNION ALL SELECT id, insats_ends_on || 'T12:00:00Z' FROM client
        WHERE insats_ends_on IS NOT NULL
)");
} // namespace

RetentionRepository::RetentionRepository(Database &db)
    : m_db(db)
{ }

QList<ClientLastEntry> RetentionRepository::lastEntries()
{
    // Times are ISO 8601 text in UTC, so the greatest text is the newest.
    // The records merged into a person's kept record (migration 029) come
    // just before it, so a purge removes them before the record they point
    // to.
    Query query(m_db,
        QStringLiteral("SELECT c.id, c.unit_id, c.personnummer, c.name, MAX(e.written) "
                       "FROM client c JOIN (%1) e ON e.client_id = c.id "
                       "GROUP BY c.id, c.unit_id, c.personnummer, c.name, c.merged_into "
                       "ORDER BY c.personnummer, "
                       "CASE WHEN c.merged_into IS NULL THEN 1 ELSE 0 END, c.id")
            .arg(kEntries));
    query.exec();
    QList<ClientLastEntry> entries;
    while (query.next())
        entries << ClientLastEntry {query.id(0), query.id(1), query.text(2), query.text(3),
            QDateTime::fromString(query.text(4), Qt::ISODate)};
    return entries;
}

} // namespace tf
