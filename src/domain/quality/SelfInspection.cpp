#include "domain/quality/SelfInspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tf {

namespace {
bool knownFrequency(int timesPerYear)
{
    return timesPerYear == 1 || timesPerYear == 2 || timesPerYear == 4 || timesPerYear == 12;
}
} // namespace

QList<SelfInspection> selfInspectionPlanFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parsed;
    const QJsonArray list = QJsonDocument::fromJson(json, &parsed)
                                .object()
                                .value(QStringLiteral("inspections"))
                                .toArray();
    QList<SelfInspection> plan;
    if (parsed.error != QJsonParseError::NoError || list.isEmpty()) {
        *error = QStringLiteral("Planen för egenkontroller saknar kontroller.");
        return {};
    }
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        SelfInspection inspection;
        inspection.key = object.value(QStringLiteral("key")).toString();
        inspection.name = object.value(QStringLiteral("name")).toString();
        inspection.timesPerYear = object.value(QStringLiteral("timesPerYear")).toInt();
        inspection.source = object.value(QStringLiteral("source")).toString();
        inspection.who = object.value(QStringLiteral("who")).toString();
        for (const QJsonValue &key : object.value(QStringLiteral("scope")).toArray()) {
            ServiceType type;
            if (!serviceTypeFromKey(key.toString(), &type)) {
                *error = QStringLiteral("Egenkontrollen %1 gäller en okänd verksamhet: %2.")
                             .arg(inspection.key, key.toString());
                return {};
            }
            inspection.scope << type;
        }
        if (inspection.key.isEmpty() || inspection.name.isEmpty()
            || !knownFrequency(inspection.timesPerYear)) {
            *error = QStringLiteral("Egenkontrollen \"%1\" behöver nyckel, namn och 1, 2, 4 "
                                    "eller 12 gånger per år.")
                         .arg(inspection.key);
            return {};
        }
        plan << inspection;
    }
    return plan;
}

InspectionPeriod inspectionPeriod(int timesPerYear, const QDate &day)
{
    const int months = 12 / qMax(1, timesPerYear);
    const int firstMonth = (day.month() - 1) / months * months + 1;
    const QDate first(day.year(), firstMonth, 1);
    return {first, first.addMonths(months).addDays(-1)};
}

QString inspectionPeriodName(int timesPerYear, const InspectionPeriod &period)
{
    const int year = period.first.year();
    switch (timesPerYear) {
    case 12:
        return QLocale(QLocale::Swedish, QLocale::Sweden)
            .toString(period.first, QStringLiteral("MMMM yyyy"));
    case 4:
        return QStringLiteral("kvartal %1 %2").arg((period.first.month() - 1) / 3 + 1).arg(year);
    case 2:
        return period.first.month() == 1 ? QStringLiteral("första halvåret %1").arg(year)
                                         : QStringLiteral("andra halvåret %1").arg(year);
    default:
        return QString::number(year);
    }
}

QString inspectionStateLabel(InspectionState state)
{
    switch (state) {
    case InspectionState::Done:
        return QStringLiteral("Gjord");
    case InspectionState::Overdue:
        return QStringLiteral("Försenad");
    case InspectionState::Due:
        break;
    }
    return QStringLiteral("Ska göras");
}

InspectionStatus inspectionStatus(const SelfInspection &inspection,
    const QList<InspectionResult> &results, const QDate &today, const QDate &since)
{
    InspectionStatus status;
    status.current = inspectionPeriod(inspection.timesPerYear, today);
    const InspectionPeriod previous
        = inspectionPeriod(inspection.timesPerYear, status.current.first.addDays(-1));
    bool doneNow = false;
    bool donePreviously = false;
    for (const InspectionResult &result : results) {
        if (result.key != inspection.key)
            continue;
        doneNow = doneNow || result.periodStart == status.current.first;
        donePreviously = donePreviously || result.periodStart == previous.first;
        if (!status.lastDone.isValid() || result.performedOn > status.lastDone)
            status.lastDone = result.performedOn;
    }
    if (!donePreviously && since.isValid() && since <= previous.last)
        status.missed = previous;
    status.state = doneNow ? InspectionState::Done
        : status.missed    ? InspectionState::Overdue
                           : InspectionState::Due;
    return status;
}

} // namespace tf
