#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace tf {

struct RiskAssessment;

// One measure of the vårdplan made from an assessment with risk (seed 003:
// "De risker som upptäcks ska alltid följas av en vårdplan"): what is done,
// who does it and when the team follows it up. Followed up once, with the
// day and what came of it.
struct CareMeasure
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    qint64 assessmentId = 0;
    qint64 clientId = 0;
    QString what;
    qint64 responsibleId = 0;
    QDate followUpOn;
    QDate createdOn;
    qint64 createdById = 0;
    QDate followedUpOn; // invalid while open
    QString outcome;

    bool isOpen() const { return !followedUpOn.isValid(); }
};

// Where an assessment stands with its vårdplan.
enum class RiskPlanState {
    NotNeeded, // no risk found, or not complete
    Missing, // risk found and no measure: "vårdplan saknas"
    Open, // measures not yet followed up
    FollowedUp, // every measure followed up
};
RiskPlanState riskPlanState(const RiskAssessment &assessment, const QList<CareMeasure> &measures);
// Swedish, for the history and the command line ("Vårdplan saknas" …).
QString riskPlanStateLabel(RiskPlanState state);
QString riskPlanStateKey(RiskPlanState state);

// One line for the history, in Swedish: "Vårdplan saknas", "Vårdplan: 2
// åtgärder, uppföljning 2027-04-01", "Vårdplan uppföljd 2027-04-03"; empty
// when no plan is needed. `measures` are the assessment's.
QString riskPlanSummary(RiskPlanState state, const QList<CareMeasure> &measures);

// Why the measure cannot be added to a plan of an assessment made on
// `assessedOn`, in Swedish; empty when it can: something to do, someone to
// do it, and a follow-up day on or after the assessment and within a year.
QString careMeasureProblem(const CareMeasure &measure, const QDate &assessedOn);

// When a vårdplan comes up at a teammöte of the client's unit held on
// `meetingDay`, whose previous teammöte was on `previousMeetingDay`
// (invalid: none): at the first one on or after the day the measures were
// made, and, while a measure is open, at every one from its follow-up day on
// until it is followed up.
bool riskPlanComesUpAt(
    const QList<CareMeasure> &measures, const QDate &meetingDay, const QDate &previousMeetingDay);

// The agenda item's title for the vårdplan after an assessment in the area
// named, made on `assessedOn` (e.g. "Vårdplan: Fall, bedömning 2027-03-01"),
// and how it is known again when the agenda is built twice.
QString riskPlanItemTitle(const QString &area, const QDate &assessedOn);
bool isRiskPlanItemTitle(const QString &title);
// The item's text: one line per measure with who and the follow-up day.
QString riskPlanItemText(
    const QList<CareMeasure> &measures, const std::function<QString(qint64)> &personName);

} // namespace tf
