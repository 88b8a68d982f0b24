#pragma once

#include <QString>
#include <QStringList>

namespace tf {

// The Snowball Swedish stem of a lower-case word ("riskbedömningar" →
// "riskbedömning"), as PostgreSQL's 'swedish' configuration stems it. The
// stemmer only takes endings off, so the stem is the start of every form it
// came from: a prefix query on the stem finds all of them. A stem that is
// not a start of the word (never seen) gives the word back unchanged.
QString swedishStem(const QString &word);
QStringList swedishStems(const QStringList &words);

} // namespace tf
