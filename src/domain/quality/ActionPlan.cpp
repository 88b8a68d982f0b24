#include "domain/quality/ActionPlan.h"

#include <QStringList>

namespace tf {

namespace {
const QString kItemPrefix = QStringLiteral("Handlingsplan: ");

template <typename Status>
bool fromText(const QList<Status> &all, QString (*key)(Status), QString (*label)(Status),
    const QString &text, Status *status)
{
    const QString folded = text.trimmed().toLower();
    for (Status candidate : all) {
        if (folded == key(candidate) || folded == label(candidate).toLower()) {
            *status = candidate;
            return true;
        }
    }
    return false;
}
} // namespace

const QList<PlanStatus> &planStatuses()
{
    static const QList<PlanStatus> all {
        PlanStatus::Planned, PlanStatus::InProgress, PlanStatus::Done};
    return all;
}

QString planStatusKey(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Planned:
        return QStringLiteral("planerad");
    case PlanStatus::InProgress:
        return QStringLiteral("pagar");
    case PlanStatus::Done:
        return QStringLiteral("genomford");
    }
    return {};
}

QString planStatusLabel(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Planned:
        return QStringLiteral("Planerad");
    case PlanStatus::InProgress:
        return QStringLiteral("Pågår");
    case PlanStatus::Done:
        return QStringLiteral("Genomförd");
    }
    return {};
}

bool planStatusFromText(const QString &text, PlanStatus *status)
{
    return fromText(planStatuses(), planStatusKey, planStatusLabel, text, status);
}

const QList<StepStatus> &stepStatuses()
{
    static const QList<StepStatus> all {
        StepStatus::Planned, StepStatus::InProgress, StepStatus::Done};
    return all;
}

QString stepStatusKey(StepStatus status)
{
    switch (status) {
    case StepStatus::Planned:
        return QStringLiteral("planerad");
    case StepStatus::InProgress:
        return QStringLiteral("pagar");
    case StepStatus::Done:
        return QStringLiteral("klar");
    }
    return {};
}

QString stepStatusLabel(StepStatus status)
{
    switch (status) {
    case StepStatus::Planned:
        return QStringLiteral("Planerad");
    case StepStatus::InProgress:
        return QStringLiteral("Pågår");
    case StepStatus::Done:
        return QStringLiteral("Klar");
    }
    return {};
}

bool stepStatusFromText(const QString &text, StepStatus *status)
{
    return fromText(stepStatuses(), stepStatusKey, stepStatusLabel, text, status);
}

QString planItemTitle(const QString &area)
{
    return kItemPrefix + area;
}

bool isPlanItemTitle(const QString &title)
{
    return title.startsWith(kItemPrefix);
}

QString planItemText(const ActionPlan &plan)
{
    QStringList lines;
    if (!plan.currentState.isEmpty())
        lines << QStringLiteral("Nuläge: %1").arg(plan.currentState);
    if (!plan.goal.isEmpty())
        lines << QStringLiteral("Mål: %1").arg(plan.goal);
    lines << QStringLiteral("Status: %1").arg(planStatusLabel(plan.status));
    for (const PlanStep &step : plan.steps) {
        QStringList about;
        if (!step.who.isEmpty())
            about << step.who;
        if (step.dueOn.isValid())
            about << QStringLiteral("senast %1").arg(step.dueOn.toString(Qt::ISODate));
        about << stepStatusLabel(step.status).toLower();
        lines << QStringLiteral("– %1 (%2)").arg(step.what, about.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tf
