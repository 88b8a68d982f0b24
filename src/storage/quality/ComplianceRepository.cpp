#include "storage/quality/ComplianceRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QTimeZone>

namespace tf {

namespace {
const QString kHeld = QStringLiteral("('in_progress', 'finished', 'approved')");
} // namespace

ComplianceRepository::ComplianceRepository(
    Database &db, const QDateTime &fromUtc, const QDateTime &toUtc, qint64 unitId)
    : m_db(db)
    , m_fromUtc(fromUtc)
    , m_toUtc(toUtc)
    , m_unitId(unitId)
{ }

QString ComplianceRepository::unitFilter(const QString &column) const
{
    return m_unitId ? QStringLiteral(" AND %1 = ?").arg(column) : QString();
}

void ComplianceRepository::bindRange(Query &query) const
{
    query.bindTime(m_fromUtc).bindTime(m_toUtc);
    if (m_unitId)
        query.bindId(m_unitId);
}

QList<ComplianceRepository::Span> ComplianceRepository::spans()
{
    Query query(m_db,
        QStringLiteral("SELECT unit_id, template_id, MIN(start_utc), MAX(start_utc) FROM meeting "
                       "WHERE template_id IS NOT NULL%1 GROUP BY unit_id, template_id")
            .arg(unitFilter(QStringLiteral("unit_id"))));
    if (m_unitId)
        query.bindId(m_unitId);
    query.exec();
    QList<Span> list;
    while (query.next())
        list << Span {query.id(0), query.id(1), query.time(2), query.time(3)};
    return list;
}

QList<ComplianceRepository::MeetingCount> ComplianceRepository::meetings(const QDateTime &nowUtc)
{
    // Seven days on, in each engine's own time arithmetic on the ISO texts.
    const QString withinWeek = m_db.isPostgres()
        ? QStringLiteral("c.approved_at::timestamptz <= m.start_utc::timestamptz + "
                         "interval '7 days'")
        : QStringLiteral("julianday(c.approved_at) <= julianday(m.start_utc) + 7");
    Query query(m_db,
        QStringLiteral("SELECT m.unit_id, m.template_id, m.status, COUNT(*), "
                       "SUM(CASE WHEN m.start_utc < ? THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN c.approved_at IS NOT NULL THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN c.approved_at IS NOT NULL AND %1 THEN 1 ELSE 0 END) "
                       "FROM meeting m LEFT JOIN minutes_closing c ON c.meeting_id = m.id "
                       "WHERE m.template_id IS NOT NULL AND m.start_utc >= ? AND m.start_utc < ?%2 "
                       "GROUP BY m.unit_id, m.template_id, m.status")
            .arg(withinWeek, unitFilter(QStringLiteral("m.unit_id"))));
    query.bindTime(nowUtc);
    bindRange(query);
    query.exec();
    QList<MeetingCount> list;
    while (query.next())
        list << MeetingCount {query.id(0), query.id(1), query.text(2), query.integer(3),
            query.integer(4), query.integer(5), query.integer(6)};
    return list;
}

QList<ComplianceRepository::AttendanceCount> ComplianceRepository::attendance()
{
    Query query(m_db,
        QStringLiteral("SELECT m.unit_id, m.template_id, "
                       "COALESCE(NULLIF(p.role, ''), person.profession, ''), p.attendance, "
                       "COUNT(*) FROM meeting m JOIN participant p ON p.meeting_id = m.id "
                       "JOIN person ON person.id = p.person_id "
                       "WHERE m.template_id IS NOT NULL AND m.start_utc >= ? AND m.start_utc < ?"
                       "%1 AND m.status IN %2 AND p.adjunct = 0 GROUP BY 1, 2, 3, 4")
            .arg(unitFilter(QStringLiteral("m.unit_id")), kHeld));
    bindRange(query);
    query.exec();
    QList<AttendanceCount> list;
    while (query.next())
        list << AttendanceCount {
            query.id(0), query.id(1), query.text(2), query.text(3), query.integer(4)};
    return list;
}

QList<ComplianceRepository::ActionCount> ComplianceRepository::actions(const QDate &asOf)
{
    // A due date is a local date; done_utc's date is close enough to it for
    // a yearly count (it differs only for an action closed after midnight).
    Query query(m_db,
        QStringLiteral(
            "SELECT m.unit_id, CASE "
            "WHEN a.status = 'done' AND (a.due_date IS NULL OR a.due_date = '' "
            "  OR substr(a.done_utc, 1, 10) <= a.due_date) THEN 'on_time' "
            "WHEN a.status = 'done' THEN 'late' "
            "WHEN a.status = 'cancelled' THEN 'cancelled' "
            "WHEN a.due_date IS NOT NULL AND a.due_date <> '' AND a.due_date < ? THEN 'overdue' "
            "ELSE 'open' END AS outcome, COUNT(*) "
            "FROM team_action a JOIN meeting m ON m.id = a.meeting_id "
            "WHERE m.start_utc >= ? AND m.start_utc < ?%1 GROUP BY m.unit_id, outcome")
            .arg(unitFilter(QStringLiteral("m.unit_id"))));
    query.bindDate(asOf);
    bindRange(query);
    query.exec();
    QList<ActionCount> list;
    while (query.next())
        list << ActionCount {query.id(0), query.text(1), query.integer(2)};
    return list;
}

QList<ComplianceRepository::CurrentClient> ComplianceRepository::clientsCurrentOn(const QDate &day)
{
    Query query(m_db,
        QStringLiteral("SELECT c.id, c.unit_id, ad.moved_in_on FROM client c "
                       "LEFT JOIN client_admission ad ON ad.client_id = c.id "
                       "WHERE (c.insats_ends_on IS NULL OR c.insats_ends_on = '' "
                       "OR c.insats_ends_on > ?)%1")
            .arg(unitFilter(QStringLiteral("c.unit_id"))));
    query.bindDate(day);
    if (m_unitId)
        query.bindId(m_unitId);
    query.exec();
    QList<CurrentClient> list;
    while (query.next())
        list << CurrentClient {query.id(0), query.id(1), query.date(2)};
    return list;
}

QHash<QPair<qint64, QString>, QDate> ComplianceRepository::lastCompleteAssessments(
    const QDateTime &beforeUtc)
{
    Query query(m_db,
        QStringLiteral("SELECT a.client_id, a.instrument, MAX(a.assessed_at) "
                       "FROM risk_assessment a JOIN client c ON c.id = a.client_id "
                       "WHERE a.complete = 1 AND a.assessed_at < ?%1 "
                       "GROUP BY a.client_id, a.instrument")
            .arg(unitFilter(QStringLiteral("c.unit_id"))));
    query.bindTime(beforeUtc);
    if (m_unitId)
        query.bindId(m_unitId);
    query.exec();
    QHash<QPair<qint64, QString>, QDate> dates;
    const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
    while (query.next())
        dates.insert({query.id(0), query.text(1)}, query.time(2).toTimeZone(stockholm).date());
    return dates;
}

QHash<QPair<qint64, QString>, int> ComplianceRepository::teamIntervals()
{
    // Of the unit's clients only when the report is of one unit: not every
    // interval a region's teams decided.
    Query query(m_db,
        m_unitId ? QStringLiteral("SELECT r.client_id, r.instrument, r.months FROM risk_interval r "
                                  "JOIN client c ON c.id = r.client_id WHERE c.unit_id = ?")
                 : QStringLiteral("SELECT client_id, instrument, months FROM risk_interval"));
    if (m_unitId)
        query.bindId(m_unitId);
    query.exec();
    QHash<QPair<qint64, QString>, int> months;
    while (query.next())
        months.insert({query.id(0), query.text(1)}, query.integer(2));
    return months;
}

} // namespace tf
