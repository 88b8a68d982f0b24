#pragma once

#include "domain/ForumTemplate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tf {

// How a unit kept the routine in a year: the meetings its forums held
// against what the routine's interval asks, attendance, minutes approved in
// time, the follow-up of decided actions, risk assessments and loggkontroller.
// Counts only: nothing about any client.

// Attendance of one role at the held meetings of a forum. Called
// participants only (adjuncts are invited, not expected); a participant whose
// attendance was never marked is counted apart, not as absent.
struct RoleAttendance
{
    QString role;
    int present = 0; // present, or an ersättare came in their place
    int absent = 0;
    int notMarked = 0;
    // present / (present + absent); empty when none was marked.
    std::optional<double> rate() const;
};

struct ForumCompliance
{
    qint64 templateId = 0;
    QString forum; // the template's key, as `templates` prints it
    QString name;
    bool onDemand = false; // "vid behov": nothing is expected
    QDate ranFrom; // the part of the year the forum ran; invalid when it did not
    QDate ranTo;
    int held = 0; // took place: in progress, finished or approved
    int cancelled = 0;
    int notHeld = 0; // planned in the past, never started
    int expected = 0;
    int approved = 0;
    int approvedWithinWeek = 0;
    QList<RoleAttendance> attendance;
    std::optional<double> attendanceRate() const; // over every role
};

struct ActionCompliance
{
    int decided = 0; // at the unit's meetings of the year
    int doneOnTime = 0; // done by the due date (or done, when none was set)
    int doneLate = 0;
    int overdue = 0; // still open after the due date, as of the report's day
    int open = 0; // still open, not yet due or without a due date
    int cancelled = 0;
};

struct UnitCompliance
{
    qint64 unitId = 0;
    QString name;
    ServiceType serviceType = ServiceType::Sabo;
    QList<ForumCompliance> forums;
    ActionCompliance actions;
    // Clients whose insats lasts on the report's day and who lack a current
    // assessment with an instrument their verksamhet uses.
    int clientsAssessmentMissing = 0;
    int clientsCurrent = 0;
    int logChecksDone = 0; // months with a saved loggkontroll
    int logChecksExpected = 0; // months of the year up to the report's day
};

struct ComplianceReport
{
    int year = 0;
    QDate asOf; // the report's day: the year's end, or today for the running year
    QList<UnitCompliance> units;
};

// The meetings the routine's interval gives from the forum's first meeting
// (firstEver, which anchors the weekday and the fortnight) for the days
// [from, to], times a day as the template says; 0 for a forum held "vid
// behov" or a span that is empty.
int expectedMeetings(
    const ForumTemplate &forum, const QDate &firstEver, const QDate &from, const QDate &to);

// The part of the year a forum ran: from its first meeting (or 1 January) to
// its last (or the report's day, or 31 December), nullopt when it did not run
// that year.
std::optional<std::pair<QDate, QDate>> forumRan(
    int year, const QDate &asOf, const QDate &firstEver, const QDate &lastEver);

// Approved within a week: at most seven days after the meeting began.
bool approvedWithinWeek(const QDateTime &startUtc, const QDateTime &approvedUtc);

// A share as the report prints it: "85 %", or "–" when there is nothing
// to count.
QString percentLabel(const std::optional<double> &share);

// The report's day of a year seen from today.
QDate reportDay(int year, const QDate &today);

} // namespace tf
