#pragma once

#include <QJsonObject>

namespace tf::bench {

// A year of meetings for every unit of a municipality (60 units, every forum
// of their verksamhet): the series expanded in memory, and created with
// their meetings stored, in a scratch database of its own.
QJsonObject measureScheduling(int runs);

} // namespace tf::bench
