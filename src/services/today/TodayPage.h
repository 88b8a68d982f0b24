#pragma once

#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/Unit.h"
#include "domain/care/RiskDue.h"
#include "domain/quality/SelfInspection.h"
#include "services/ActionList.h"
#include "services/quality/ActionPlans.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tf {

class Workspace;

// A meeting of the person's on the Idag page.
struct TodayMeeting
{
    Meeting meeting;
    QString forumName; // empty when the template is gone
    QString unitName;
    bool chairing = false; // the person leads it
    bool secretary = false; // the person writes the minutes
};

// A client on the agenda of the nurse's (OT's, PT's) next meeting with
// assessments that are missing or out of date on the meeting's day.
struct TodayAssessment
{
    Client client;
    qint64 agendaItemId = 0;
    QList<RiskNeed> needs; // only those not current
};

// An egenkontroll of one of the person's units that is due or overdue.
struct TodayCheck
{
    Unit unit;
    SelfInspection inspection;
    InspectionStatus status;
};

// A decision the contact person reports back to the client.
struct TodayFeedback
{
    Action action;
    Client client;
};

// An action of a handlingsplan that is due soon or overdue, with the unit
// the plan is for.
struct TodayPlanStep
{
    ActionPlans::DueStep due;
    QString unitName;
};

// What the person has to do with their open actions on the day.
struct TodayActions
{
    QList<ActionListRow> overdue; // due before the day
    QList<ActionListRow> dueToday;
    QList<ActionListRow> dueThisWeek; // after the day, up to the week's Sunday
};

// The quality checks of the units the person manages (an enhetschef): the
// egenkontroller overdue or due within 30 days, and the units whose last
// month still lacks its loggkontroll.
struct TodayChecks
{
    QList<TodayCheck> selfInspections;
    QList<Unit> logChecksOverdue;
};

// What the Idag page shows the workspace's person on a day: their meetings
// and actions, and by their role the assessments before their next meeting
// (nurse, OT, PT), the feedback they owe clients (fast omsorgskontakt) and
// the checks of their units (enhetschef). A part the role does not have is
// not read.
struct TodayPage
{
    QDate day; // in Europe/Stockholm
    QList<TodayMeeting> meetingsToday;
    QList<TodayMeeting> meetingsThisWeek; // after today, up to the week's Sunday
    TodayActions actions;

    bool clinician = false; // nurse, OT or PT: the assessments part applies
    std::optional<TodayMeeting> nextMeeting; // the next one with their clients on the agenda
    QList<TodayAssessment> assessments; // before nextMeeting

    bool contactPerson = false; // fast omsorgskontakt of a client: feedback applies
    QList<TodayFeedback> feedback;

    bool managesUnits = false; // enhetschef: the checks apply
    TodayChecks checks;

    // The handlingsplaner's actions due within two weeks or overdue: those
    // the person is named for, and for an enhetschef every one of their units.
    QList<TodayPlanStep> planSteps;
};

// The page for the workspace's person at nowUtc. The clients shown (the
// assessments and the feedback) are recorded in the access log as the
// nurse's and the contact person's views record them; no other client is.
TodayPage readTodayPage(Workspace &workspace, const QDateTime &nowUtc);

// The person's open actions by due date (no client data is read).
TodayActions readTodayActions(Workspace &workspace, qint64 personId, const QDate &day);
// The checks of the units the person manages; empty for anyone who does not
// manage the organisation (Identity::managesOrganisation).
TodayChecks readTodayChecks(Workspace &workspace, qint64 personId, const QDate &day);

// The Sunday that ends the week (Monday to Sunday) holding the day.
QDate endOfWeek(const QDate &day);

} // namespace tf
