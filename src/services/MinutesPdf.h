#pragma once

#include <QString>

class QTextDocument;

namespace tf {

struct MinutesDocument;

// The printed minutes: a header (forum, unit, date, time, place, chair,
// secretary, present, absent with substitute), each item's notes and
// decisions, a table of actions, then addenda. The anonymised copy for a
// wider audience shows clients only by their initials, in titles and text.
class MinutesPdf
{
public:
    static QString html(const MinutesDocument &document, bool anonymize);
    // Lays the minutes out on A4 into doc (for printing and preview).
    static void fill(QTextDocument &doc, const MinutesDocument &document, bool anonymize);
    // Throws StorageError with a Swedish message when the file cannot be written.
    static void write(const MinutesDocument &document, const QString &path, bool anonymize);
    // Every client name and name part in text replaced by the initials.
    static QString anonymizeText(const QString &text, const MinutesDocument &document);
};

} // namespace tf
