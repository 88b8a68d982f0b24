#include "domain/io/CsvReader.h"

#include <QStringDecoder>

namespace tf {

namespace {
const QChar kQuote = QLatin1Char('"');

// 0x80–0x9F in Windows-1252; 0 where Windows defines no character.
const char16_t kWindows1252High[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

// How often separator divides the first line when that line is read as
// parse() reads it with that separator: a quote opens a field only at the
// field's start, so a quote inside a field hides no separator.
int separatorsInFirstLine(const QString &text, QChar separator)
{
    int count = 0;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == kQuote) {
                if (i + 1 < text.size() && text.at(i + 1) == kQuote)
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == separator) {
            ++count;
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            break;
        } else if (c == kQuote && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else {
            fieldStarted = true;
        }
    }
    return count;
}

// Whichever of semicolon and comma divides the first line more often; a
// comma on a tie (RFC 4180).
QChar detectSeparator(const QString &text)
{
    return separatorsInFirstLine(text, QLatin1Char(';'))
            > separatorsInFirstLine(text, QLatin1Char(','))
        ? QLatin1Char(';')
        : QLatin1Char(',');
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}
} // namespace

bool CsvReader::isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QString CsvReader::decodeWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code >= 0x80 && code < 0xA0 && kWindows1252High[code - 0x80] != 0)
            text += QChar(kWindows1252High[code - 0x80]);
        else
            text += QChar(static_cast<char16_t>(code));
    }
    return text;
}

CsvTable CsvReader::parse(const QByteArray &bytes)
{
    CsvTable table;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        table.byteOrderMark = true;
        table.encoding = QStringLiteral("UTF-8");
        text = QString::fromUtf8(bytes.mid(3)); // invalid sequences become U+FFFD
    } else if (isUtf8(bytes)) {
        table.encoding = QStringLiteral("UTF-8");
        text = QString::fromUtf8(bytes);
    } else {
        table.encoding = QStringLiteral("Windows-1252");
        text = decodeWindows1252(bytes);
    }
    table.separator = detectSeparator(text);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool quoted = false; // inside a quoted field
    bool afterQuote = false; // the quoted part of this field has ended
    bool fieldStarted = false;
    bool strayReported = false;
    int quoteLine = 0;
    const qsizetype size = text.size();
    auto endRecord = [&]() {
        record.fields << field;
        field.clear();
        if (!isBlank(record.fields))
            records << record;
        record = CsvRecord {};
        afterQuote = false;
        fieldStarted = false;
        strayReported = false;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == kQuote) {
                if (i + 1 < size && text.at(i + 1) == kQuote) {
                    field += kQuote;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(i + 1 < size && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == table.separator) {
            record.fields << field;
            field.clear();
            afterQuote = false;
            fieldStarted = false;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (c == kQuote && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
            continue;
        }
        if (afterQuote && !strayReported) {
            table.problems << CsvProblem {line,
                QStringLiteral("Text efter ett avslutande citattecken på rad %1; fältet har "
                               "lästs med texten efter.")
                    .arg(line)};
            strayReported = true;
        }
        fieldStarted = true;
        field += c;
    }
    if (quoted)
        table.problems << CsvProblem {quoteLine,
            QStringLiteral("Citattecknet på rad %1 avslutas aldrig; resten av filen har lästs "
                           "som ett enda fält.")
                .arg(quoteLine)};
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();

    if (!records.isEmpty()) {
        table.header = records.takeFirst();
        for (QString &name : table.header.fields)
            name = name.trimmed();
    }
    table.records = records;
    return table;
}

QString csvLine(const QStringList &fields, QChar separator)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &field : fields) {
        if (field.contains(separator) || field.contains(kQuote) || field.contains(u'\n')
            || field.contains(u'\r')) {
            QString quoted = field;
            quoted.replace(kQuote, QStringLiteral("\"\""));
            written << kQuote + quoted + kQuote;
        } else {
            written << field;
        }
    }
    return written.join(separator) + QStringLiteral("\r\n");
}

} // namespace tf
