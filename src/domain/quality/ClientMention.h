#pragma once

#include <QString>
#include <QStringList>

namespace tf {

// Whether a text meant to name no client does: a personnummer or
// samordningsnummer written in any of its forms (YYMMDD-NNNN, YYYYMMDDNNNN
// …), a client's whole name, or a part of a client's name of three letters
// or more written as a name (capital first letter, a word of its own).
// Returns a Swedish reason naming what was found, or an empty string when
// the text names no one. clientNames are the clients the writer knows of.
QString clientMentionIn(const QString &text, const QStringList &clientNames);

} // namespace tf
