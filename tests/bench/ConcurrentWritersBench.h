#pragma once

#include <QJsonObject>
#include <QString>

namespace tf::bench {

// PostgreSQL with 50 clients saving minutes and recording actions at once
// while one more client watches through its ChangeFeed: the time from each
// writer's commit until the watcher was told and had read the row back.
// Works in a schema of its own, created and dropped here. Without a URL the
// figure says why it was not measured.
//
// With perPersonLogins every writer and the watcher connect with a login
// role of their own, tied to their person by grant-login, so row-level
// security decides every read and write as it does for real users; the URL
// must then name a role that may create roles (the owner or a superuser).
QJsonObject measureConcurrentWriters(
    const QString &postgresUrl, int writers = 50, int seconds = 20, bool perPersonLogins = false);
// Both figures, without and with per-person logins, and the cost of the
// policies as the ratio of their times.
QJsonObject measureConcurrentWritersWithAndWithoutRowSecurity(
    const QString &postgresUrl, int writers = 50, int seconds = 20);

} // namespace tf::bench
