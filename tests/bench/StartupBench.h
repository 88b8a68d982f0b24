#pragma once

#include <QJsonObject>
#include <QString>

namespace tf::bench {

// Start to painted main window on the given database, against an empty
// QMainWindow of the same build; also the program's resident memory then.
QJsonObject measureStartup(const QString &databasePath, int runs);

} // namespace tf::bench
