#pragma once

#include <QList>

namespace tf {

// Who leads one occurrence of a meeting (seed 001: "Mötet leds med fördel
// växelvis av deltagare från kommun och hälsocentral"): a person of the
// municipality or an external participant (the health centre's), never both.
struct MeetingLeader
{
    qint64 personId = 0; // the municipality's
    qint64 externalId = 0; // an external participant

    bool isSet() const { return personId != 0 || externalId != 0; }
    bool isExternal() const { return externalId != 0; }
    bool operator==(const MeetingLeader &other) const
    {
        return personId == other.personId && externalId == other.externalId;
    }
    bool operator!=(const MeetingLeader &other) const { return !(*this == other); }
};

// One held or planned occurrence of a series as the alternation sees it.
struct LeaderOccurrence
{
    qint64 chairId = 0; // the municipal chair of the occurrence
    QList<qint64> externalIds; // its external participants, in their order
    MeetingLeader chosen; // the leader set for it; unset: take the proposal
};

struct LedOccurrence
{
    MeetingLeader leader;
    bool proposed = false; // true: by alternation, nobody chose it
};

// The leader of each occurrence, in the order given (by start, cancelled ones
// left out): the chosen one where someone chose, else the proposal from the
// previous occurrence's actual leader. After the municipality the health
// centre leads: the external participant who led the series last if still
// invited, else the occurrence's first external participant; after an
// external participant, or with none invited, or first of all, the
// occurrence's municipal chair.
QList<LedOccurrence> leadersByAlternation(const QList<LeaderOccurrence> &occurrences);

} // namespace tf
