#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tf {

// Where a plan's work stands, as the unit reports it.
enum class PlanStatus { Planned, InProgress, Done };
const QList<PlanStatus> &planStatuses();
QString planStatusKey(PlanStatus status); // planerad, pagar, genomford
QString planStatusLabel(PlanStatus status); // Planerad, Pågår, Genomförd
bool planStatusFromText(const QString &text, PlanStatus *status);

// Where one action of a plan stands.
enum class StepStatus { Planned, InProgress, Done };
const QList<StepStatus> &stepStatuses();
QString stepStatusKey(StepStatus status); // planerad, pagar, klar
QString stepStatusLabel(StepStatus status); // Planerad, Pågår, Klar
bool stepStatusFromText(const QString &text, StepStatus *status);

// One action of a handlingsplan: what is done, who does it (a person of
// the register, or words such as "MAS"), by when.
struct PlanStep
{
    qint64 id = 0;
    qint64 planId = 0;
    QString what;
    QString who; // as written; the person's name when responsibleId is set
    qint64 responsibleId = 0;
    QDate dueOn; // may be invalid: no date set
    StepStatus status = StepStatus::Planned;
};

// A handlingsplan (seed 002, förbättringsområde/åtgärdsplan): an area to
// improve, its present state, its goal and its actions, followed up at a
// forum of its unit until someone who manages the unit signs it off.
struct ActionPlan
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString area;
    QString currentState; // nuläge
    QString goal; // mål
    QString forum; // the template key of the forum following it up
    PlanStatus status = PlanStatus::InProgress;
    qint64 signedOffById = 0;
    QDate signedOffOn; // invalid while the plan is open
    QList<PlanStep> steps;

    bool isOpen() const { return !signedOffOn.isValid(); }
};

// The agenda item a plan is on its forum's agenda as, while it is open.
QString planItemTitle(const QString &area); // "Handlingsplan: <area>"
bool isPlanItemTitle(const QString &title);
// The item's text: nuläge, mål and each action with who, when and status.
QString planItemText(const ActionPlan &plan);

} // namespace tf
