#include "domain/MeetingLeader.h"

namespace tf {

QList<LedOccurrence> leadersByAlternation(const QList<LeaderOccurrence> &occurrences)
{
    QList<LedOccurrence> led;
    MeetingLeader previous;
    qint64 lastExternal = 0;
    for (const LeaderOccurrence &occurrence : occurrences) {
        LedOccurrence current;
        if (occurrence.chosen.isSet()) {
            current.leader = occurrence.chosen;
        } else {
            current.proposed = true;
            const bool externalTurn
                = previous.isSet() && !previous.isExternal() && !occurrence.externalIds.isEmpty();
            if (externalTurn)
                current.leader.externalId = occurrence.externalIds.contains(lastExternal)
                    ? lastExternal
                    : occurrence.externalIds.first();
            else
                current.leader.personId = occurrence.chairId;
        }
        if (current.leader.isExternal())
            lastExternal = current.leader.externalId;
        previous = current.leader;
        led << current;
    }
    return led;
}

} // namespace tf
