#pragma once

#include "domain/quality/AptYearWheel.h"

#include <QStringList>

namespace tf {

class Workspace;

// The APT's årshjul: the organisation's topics per month (resources/
// quality/arshjul.json) and a unit's own. A unit's own topics for a month
// take the place of the organisation's for that month (to add one, keep the
// organisation's in the list); setting none returns the month to the
// organisation's. AgendaBuilder puts the month's topics on every APT held
// in it. Refusals are StorageError (Refused) in Swedish.
class AptYearWheel
{
public:
    explicit AptYearWheel(Workspace &workspace);

    // The organisation's årshjul, by month.
    static const QList<YearWheelTopic> &organisation();
    static QStringList organisationTopics(int month);

    struct Month
    {
        int month = 1;
        QStringList topics;
        bool own = false; // the unit's own topics, not the organisation's
    };
    // What the unit's APTs take up in the month.
    Month month(qint64 unitId, int month);
    // All twelve months for the unit.
    QList<Month> year(qint64 unitId);
    // Sets the unit's own topics for the month; none returns it to the
    // organisation's. Refused: an unknown unit, a month outside 1–12, a
    // topic longer than 200 characters or naming a client.
    void setUnitTopics(qint64 unitId, int month, const QStringList &topics);

private:
    Workspace &m_workspace;
};

} // namespace tf
