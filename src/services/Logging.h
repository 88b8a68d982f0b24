#pragma once

#include <QString>

namespace tf {

// Sends spdlog and Qt's own messages to a rotating file in the data folder.
// Never log names, personnummer or care details: ids only.
void setupLogging(const QString &folder);
QString logFilePath(const QString &folder);

} // namespace tf
