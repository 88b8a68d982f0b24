#pragma once

#include "domain/ClientRotation.h"
#include "domain/Meeting.h"

#include <QDateTime>
#include <QString>

namespace tf {

// A fixed member of a forum's team (fast teammedlem).
struct TeamMember
{
    qint64 unitId = 0;
    QString forum;
    qint64 personId = 0;
    QString role;
    bool nightStaff = false;
};

// A unit's planning settings; defaults follow its service type.
struct UnitPlanning
{
    qint64 unitId = 0;
    int version = 0; // 0: never saved, defaults in use
    int leadDays = 7;
    RotationScheme scheme = RotationScheme::FixedOrder;
    int clientsPerMeeting = 2;
};

// A participant row with its meeting's start.
struct BookedParticipant
{
    Participant participant;
    QDateTime startUtc;
};

} // namespace tf
