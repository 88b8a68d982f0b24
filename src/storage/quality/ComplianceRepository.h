#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace tf {

class Database;
class Query;

// The raw counts behind the routine-compliance report, each one grouped
// aggregate over the year's meetings (all units, or one), and the dates a
// count of missing risk assessments needs. No client's name, personnummer
// or care text is read.
class ComplianceRepository
{
public:
    // The meetings of [fromUtc, toUtc): one unit's, or every unit's when
    // unitId is 0.
    ComplianceRepository(
        Database &db, const QDateTime &fromUtc, const QDateTime &toUtc, qint64 unitId);

    // A forum's first and last meeting ever at a unit (any status).
    struct Span
    {
        qint64 unitId = 0;
        qint64 templateId = 0;
        QDateTime firstUtc;
        QDateTime lastUtc;
    };
    QList<Span> spans();

    // The year's meetings of a forum at a unit by status; past counts those
    // that began before now, approved those with approved minutes,
    // withinWeek those approved at most seven days after the meeting began.
    struct MeetingCount
    {
        qint64 unitId = 0;
        qint64 templateId = 0;
        QString status;
        int meetings = 0;
        int past = 0;
        int approved = 0;
        int withinWeek = 0;
    };
    QList<MeetingCount> meetings(const QDateTime &nowUtc);

    // Called participants (not adjuncts) of the year's held meetings, per
    // forum, role (their profession where the meeting named none) and
    // attendance.
    struct AttendanceCount
    {
        qint64 unitId = 0;
        qint64 templateId = 0;
        QString role;
        QString attendance;
        int people = 0;
    };
    QList<AttendanceCount> attendance();

    // Actions decided at the year's meetings per unit and outcome as of the
    // day given: on_time, late, cancelled, overdue or open.
    struct ActionCount
    {
        qint64 unitId = 0;
        QString outcome;
        int actions = 0;
    };
    QList<ActionCount> actions(const QDate &asOf);

    // The clients whose insats lasts on the day, with the day they moved in
    // (invalid when not given).
    struct CurrentClient
    {
        qint64 clientId = 0;
        qint64 unitId = 0;
        QDate movedIn;
    };
    QList<CurrentClient> clientsCurrentOn(const QDate &day);
    // Each client's newest complete assessment per instrument before
    // beforeUtc, as a Swedish day, keyed by (client, instrument).
    QHash<QPair<qint64, QString>, QDate> lastCompleteAssessments(const QDateTime &beforeUtc);
    // The shorter intervals teams decided, keyed by (client, instrument): of
    // the unit's clients for a report of one unit.
    QHash<QPair<qint64, QString>, int> teamIntervals();

private:
    QString unitFilter(const QString &column) const;
    void bindRange(Query &query) const;

    Database &m_db;
    QDateTime m_fromUtc;
    QDateTime m_toUtc;
    qint64 m_unitId = 0;
};

} // namespace tf
