#pragma once

#include <QJsonObject>
#include <QList>

namespace tf::bench {

double median(QList<double> values);

// One figure against its floor measured in the same run: medians in ms,
// the ratio, and the targets it is held to (0 = none).
QJsonObject figure(
    const QList<double> &measured, const QList<double> &floor, double targetMs, double targetRatio);
QJsonObject figure(const QList<double> &measured, double targetMs);

// Runs fn once and returns the elapsed milliseconds.
template <typename Fn> double timeMs(Fn &&fn);

} // namespace tf::bench

#include <QElapsedTimer>

template <typename Fn> double tf::bench::timeMs(Fn &&fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}
