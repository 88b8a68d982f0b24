#include "Stats.h"

#include <QJsonArray>

#include <algorithm>

namespace tf::bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

namespace {
QJsonArray rounded(const QList<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(qRound(value * 1000) / 1000.0);
    return array;
}
} // namespace

QJsonObject figure(
    const QList<double> &measured, const QList<double> &floor, double targetMs, double targetRatio)
{
    QJsonObject object = figure(measured, targetMs);
    const double floorMedian = median(floor);
    const double ratio = floorMedian > 0 ? median(measured) / floorMedian : 0;
    object.insert(QStringLiteral("floorMedianMs"), qRound(floorMedian * 1000) / 1000.0);
    object.insert(QStringLiteral("floorRunsMs"), rounded(floor));
    object.insert(QStringLiteral("ratio"), qRound(ratio * 100) / 100.0);
    if (targetRatio > 0) {
        object.insert(QStringLiteral("targetRatio"), targetRatio);
        // A floor that took no time measured nothing: no ratio can pass on it.
        object.insert(QStringLiteral("meetsTarget"),
            object.value(QStringLiteral("meetsTarget")).toBool() && floorMedian > 0
                && ratio <= targetRatio);
        if (floorMedian <= 0)
            object.insert(QStringLiteral("error"), QStringLiteral("the floor measured nothing"));
    }
    return object;
}

QJsonObject figure(const QList<double> &measured, double targetMs)
{
    QJsonObject object;
    const double value = median(measured);
    object.insert(QStringLiteral("medianMs"), qRound(value * 1000) / 1000.0);
    object.insert(QStringLiteral("runsMs"), rounded(measured));
    if (targetMs > 0) {
        object.insert(QStringLiteral("targetMs"), targetMs);
        object.insert(QStringLiteral("meetsTarget"), value <= targetMs);
    }
    return object;
}

} // namespace tf::bench
