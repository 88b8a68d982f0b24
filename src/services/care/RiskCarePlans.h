#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Meeting.h"
#include "domain/care/RiskAssessment.h"
#include "domain/care/RiskCarePlan.h"

#include <QList>

namespace tf {

class Workspace;

// An assessment with its vårdplan: the measures made from it and where it
// stands ("Vårdplan saknas" when risk was found and nothing is planned).
struct AssessmentCarePlan
{
    RiskAssessment assessment;
    RiskPlanState state = RiskPlanState::NotNeeded;
    QList<CareMeasure> measures;
};

// A vårdplan due on a teammöte's agenda: one item per assessment.
struct RiskPlanAgendaItem
{
    qint64 clientId = 0;
    QString title;
    QString body;
};

// The vårdplan after a risk found (seed 003: "De risker som upptäcks ska
// alltid följas av en vårdplan"): from an assessment with risk the nurse
// adds the measures (what, who, when followed up), each later followed up
// once. They come up on the client's next teammöte and again from their
// follow-up day (riskPlanComesUpAt). Each change is one transaction; refusals
// are StorageError with a Swedish message.
class RiskCarePlans
{
public:
    explicit RiskCarePlans(Workspace &workspace);

    // Adds the measures to the plan of the assessment, all or nothing.
    // Refused for an assessment without risk or not completed, and for a
    // measure without what, who or a follow-up day (careMeasureProblem).
    // Returns the measures as stored.
    QList<CareMeasure> addMeasures(qint64 assessmentId, const QList<CareMeasure> &measures);
    // Records that the measure was followed up on `on` (not after today,
    // not before it was made), with what came of it.
    CareMeasure followUp(qint64 measureId, const QDate &on, const QString &outcome);

    // The client's assessments with their plans, newest first; the caller
    // has read (and logged) the client's history already.
    QList<AssessmentCarePlan> plansOf(qint64 clientId, const QList<RiskAssessment> &history);
    // The same, read and logged here (risk_history) for the purpose given.
    QList<AssessmentCarePlan> readPlans(qint64 clientId, AccessPurpose purpose);

    // The vårdplaner that come up at this meeting: only a teammöte, for the
    // given clients of its unit.
    QList<RiskPlanAgendaItem> agendaItemsFor(
        const Meeting &meeting, const QList<qint64> &clientIds);

private:
    Workspace &m_workspace;
};

} // namespace tf
