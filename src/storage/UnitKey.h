#pragma once

#include <QString>
#include <QtGlobal>

namespace tf {

// Names a unit in a statement by its id, or by one of its meetings: a read
// keyed by a meeting can then read its unit's rows in the same batch,
// without waiting for the meeting's row to learn the unit.
class UnitKey
{
public:
    static UnitKey unit(qint64 unitId) { return UnitKey(unitId, false); }
    static UnitKey ofMeeting(qint64 meetingId) { return UnitKey(meetingId, true); }

    // The unit's id as SQL, with one placeholder bound to value().
    QString sql() const
    {
        return m_byMeeting ? QStringLiteral("(SELECT unit_id FROM meeting WHERE id = ?)")
                           : QStringLiteral("?");
    }
    qint64 value() const { return m_value; }

private:
    UnitKey(qint64 value, bool byMeeting)
        : m_value(value)
        , m_byMeeting(byMeeting)
    { }
    qint64 m_value;
    bool m_byMeeting;
};

} // namespace tf
