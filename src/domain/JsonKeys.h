#pragma once

#include <QByteArray>
#include <QString>

namespace tf {

// The first name that occurs twice in one JSON object of `json`, at any
// depth, compared after escapes are decoded ("a" and "\u0061" are the same
// name); a null string when every object's names are distinct. Qt's reader
// silently keeps the last of two equal names, so a form with an answer given
// twice would be scored on one of them without a word. Meant for text that
// QJsonDocument has already accepted; other text gives no wrong answer and
// no crash, only an unreliable one.
QString duplicateJsonKey(const QByteArray &json);

} // namespace tf
