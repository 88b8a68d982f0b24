#pragma once

#include "domain/ServiceType.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tf {

// An egenkontroll of the patient-safety plan (seed 003): what is checked,
// in which verksamheter (all when scope is empty), how often, from which
// source and by whom.
struct SelfInspection
{
    QString key;
    QString name;
    QList<ServiceType> scope;
    int timesPerYear = 1; // 1, 2, 4 or 12: yearly, half-yearly, quarterly, monthly
    QString source;
    QString who;

    bool appliesTo(ServiceType type) const { return scope.isEmpty() || scope.contains(type); }
};

// The plan as resources/quality/egenkontroller.json writes it; empty with a
// reason in *error for a plan that cannot be used.
QList<SelfInspection> selfInspectionPlanFromJson(const QByteArray &json, QString *error);

// The period an inspection done timesPerYear times a year is due in: the
// month, quarter, half-year or year holding the day.
struct InspectionPeriod
{
    QDate first;
    QDate last;
    bool operator==(const InspectionPeriod &other) const
    {
        return first == other.first && last == other.last;
    }
};
InspectionPeriod inspectionPeriod(int timesPerYear, const QDate &day);
// Swedish: "mars 2025", "kvartal 1 2025", "första halvåret 2025", "2025".
QString inspectionPeriodName(int timesPerYear, const InspectionPeriod &period);

// What was found when an inspection was done at a unit.
struct InspectionResult
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString key;
    QDate periodStart; // the period the inspection was done for
    QDate performedOn;
    QString finding;
    QString actions; // what is done about it; may be empty
    qint64 recordedById = 0;
    QDateTime recordedUtc;
};

enum class InspectionState {
    Done, // the current period has a result
    Due, // not yet done this period, by its last day
    Overdue, // the previous period ended without a result
};
QString inspectionStateLabel(InspectionState state); // Swedish

struct InspectionStatus
{
    InspectionState state = InspectionState::Due;
    InspectionPeriod current;
    std::optional<InspectionPeriod> missed; // the previous period, when it has no result
    QDate lastDone; // invalid when never done
};

// The state of one inspection on a day, from the periods (their first days)
// that have a result. An inspection is only overdue for a period that ended
// after it began to apply (since: the unit's first result or its start).
InspectionStatus inspectionStatus(const SelfInspection &inspection,
    const QList<InspectionResult> &results, const QDate &today, const QDate &since);

} // namespace tf
