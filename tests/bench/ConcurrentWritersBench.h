#pragma once

#include <QJsonObject>
#include <QString>

namespace tf::bench {

// PostgreSQL with 50 clients saving minutes and recording actions at once
// while one more client watches through its ChangeFeed: the time from each
// writer's commit until the watcher was told and had read the row back.
// Works in a schema of its own, created and dropped here. Without a URL the
// figure says why it was not measured.
QJsonObject measureConcurrentWriters(
    const QString &postgresUrl, int writers = 50, int seconds = 20);

} // namespace tf::bench
