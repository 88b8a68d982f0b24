// The iCalendar writer's text escaping and line folding on any text: every
// content line at most 75 octets, never cut inside a UTF-8 sequence, and
// unfolding and unescaping give the text back (without carriage returns).
#include "services/scheduling/ICalendarWriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString escaped = tf::ICalendarWriter::escapeText(text);
    if (escaped.contains(QLatin1Char('\n')) || escaped.contains(QLatin1Char('\r')))
        std::abort();
    QString expected = text;
    expected.remove(QLatin1Char('\r'));
    if (unescape(escaped) != expected)
        std::abort();

    const QString line = QStringLiteral("DESCRIPTION:") + escaped;
    const QByteArray folded = tf::ICalendarWriter::fold(line);
    if (!folded.endsWith("\r\n"))
        std::abort();
    const QList<QByteArray> lines = folded.chopped(2).split('\n');
    QByteArray unfolded;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray part = lines.at(i);
        if (i + 1 < lines.size()) {
            if (!part.endsWith('\r'))
                std::abort();
            part.chop(1);
        }
        if (part.size() > 75)
            std::abort();
        if (i > 0) {
            if (!part.startsWith(' '))
                std::abort();
            part.remove(0, 1);
        }
        // A line never starts inside a UTF-8 sequence.
        if (!part.isEmpty() && (static_cast<unsigned char>(part.at(0)) & 0xC0) == 0x80)
            std::abort();
        unfolded += part;
    }
    if (unfolded != line.toUtf8())
        std::abort();
    return 0;
}
