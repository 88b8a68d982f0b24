#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tf {

// One record of a CSV file and the line of the file it starts on (a quoted
// field with line breaks makes a record span several lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Something in the file that could not be read as written: the line and a
// Swedish reason.
struct CsvProblem
{
    int line = 0;
    QString reason;
};

// What CsvReader::parse found: the encoding and separator it detected, the
// first record as the header and the records after it.
struct CsvTable
{
    QString encoding; // "UTF-8" or "Windows-1252"
    bool byteOrderMark = false;
    QChar separator = QLatin1Char(',');
    CsvRecord header;
    QList<CsvRecord> records; // blank lines left out
    QList<CsvProblem> problems;
};

// Reads the CSV files that record and HR systems export (RFC 4180 and
// Excel's Swedish variant): UTF-8 with or without byte order mark, else
// Windows-1252; comma or semicolon, whichever the header line has more of
// outside quotes; fields in double quotes may hold separators, doubled
// quotes and line breaks; CRLF, LF and CR end lines. A function of the
// bytes alone that accepts any input: what cannot be read as written (a
// quote that never closes, text after a closing quote) is read as well as
// it can and named in problems.
class CsvReader
{
public:
    static CsvTable parse(const QByteArray &bytes);

    // The text of bytes in Windows-1252 (code points Windows leaves undefined
    // are read as the C1 control with that number, as Latin-1 would).
    static QString decodeWindows1252(const QByteArray &bytes);
    // True when bytes are valid UTF-8.
    static bool isUtf8(const QByteArray &bytes);
};

// Writes one record: fields with the separator, a quote or a line break are
// quoted, quotes doubled; ends in CRLF.
QString csvLine(const QStringList &fields, QChar separator);

} // namespace tf
