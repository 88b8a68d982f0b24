#include "domain/JsonKeys.h"

#include <QSet>

namespace tf {

namespace {
// Walks the text once; nesting is bounded by Qt's reader (which refuses
// documents nested deeper than it can take) before the text gets here.
class KeyScanner
{
public:
    explicit KeyScanner(const QByteArray &json)
        : m_json(json)
    { }

    QString run()
    {
        if (m_json.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        value();
        return m_duplicate;
    }

private:
    char at(qsizetype pos) const { return pos < m_json.size() ? m_json.at(pos) : '\0'; }

    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    char next()
    {
        while (isSpace(at(m_pos)))
            ++m_pos;
        return at(m_pos);
    }

    void value()
    {
        switch (next()) {
        case '{':
            object();
            break;
        case '[':
            array();
            break;
        case '"':
            string();
            break;
        default:
            scalar();
        }
    }

    void object()
    {
        ++m_pos; // {
        QSet<QString> names;
        while (m_duplicate.isNull() && next() == '"') {
            const QString name = string();
            if (names.contains(name)) {
                m_duplicate = name;
                return;
            }
            names.insert(name);
            if (next() != ':')
                return;
            ++m_pos;
            value();
            if (next() != ',')
                break;
            ++m_pos;
        }
        if (next() == '}')
            ++m_pos;
    }

    void array()
    {
        ++m_pos; // [
        if (next() == ']') {
            ++m_pos;
            return;
        }
        while (m_duplicate.isNull() && m_pos < m_json.size()) {
            value();
            if (next() != ',')
                break;
            ++m_pos;
        }
        if (next() == ']')
            ++m_pos;
    }

    // true, false, null or a number: up to the next separator.
    void scalar()
    {
        while (m_pos < m_json.size() && !isSpace(at(m_pos)) && at(m_pos) != ',' && at(m_pos) != ']'
            && at(m_pos) != '}')
            ++m_pos;
    }

    QString string()
    {
        ++m_pos; // opening quote
        QString text;
        qsizetype run = m_pos;
        const auto flush = [&] { text += QString::fromUtf8(m_json.mid(run, m_pos - run)); };
        while (m_pos < m_json.size()) {
            const char c = at(m_pos);
            if (c == '"') {
                flush();
                ++m_pos;
                return text;
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            const char escaped = at(m_pos + 1);
            m_pos += 2;
            switch (escaped) {
            case 'b':
                text += QLatin1Char('\b');
                break;
            case 'f':
                text += QLatin1Char('\f');
                break;
            case 'n':
                text += QLatin1Char('\n');
                break;
            case 'r':
                text += QLatin1Char('\r');
                break;
            case 't':
                text += QLatin1Char('\t');
                break;
            case 'u': {
                bool ok = false;
                const ushort unit = m_json.mid(m_pos, 4).toUShort(&ok, 16);
                if (ok)
                    text += QChar(unit); // surrogate pairs join as two units
                m_pos += 4;
                break;
            }
            default: // " \ /
                text += QLatin1Char(escaped);
            }
            run = m_pos;
        }
        flush();
        return text;
    }

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    QString m_duplicate;
};
} // namespace

QString duplicateJsonKey(const QByteArray &json)
{
    return KeyScanner(json).run();
}

} // namespace tf
