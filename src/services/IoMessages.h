#pragma once

#include <QString>

class QFileDevice;
struct QJsonParseError;

namespace tf {

// Swedish reasons for what Qt reports in English: a file that could not be
// opened, read or written, and JSON that could not be parsed.

// Why the file could not be used, e.g. "sökvägen är en mapp".
QString fileProblem(const QFileDevice &file);
// Where and why the JSON is malformed, e.g. "tecken 12: ett värde saknas".
QString jsonProblem(const QJsonParseError &error);

} // namespace tf
