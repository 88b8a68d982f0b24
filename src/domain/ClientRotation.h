#pragma once

#include "domain/Client.h"
#include "domain/ServiceType.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace tf {

// How a teammöte chooses the clients it follows up (seed 000, section 3).
enum class RotationScheme {
    FixedOrder, // SÄBO: the apartments in a fixed order, a few clients a meeting
    PriorityOrder, // ordinärt boende: the team's priority order, greatest need first
    HalfYearly, // daglig verksamhet: each client every six months
    AllClients, // gruppbostad: every client, in apartment order, followed up as needed
    AsNeeded, // personlig assistans, boendestöd: the routine names no rotation
};
QString rotationSchemeKey(RotationScheme scheme);
RotationScheme rotationSchemeFromKey(const QString &key);
QString rotationSchemeLabel(RotationScheme scheme); // Swedish
RotationScheme rotationSchemeFor(ServiceType type);
int defaultClientsPerMeeting(RotationScheme scheme);
// Whether the scheme takes a number of clients per meeting.
bool rotationHasCount(RotationScheme scheme);

// What earlier meetings of the forum did.
struct RotationHistory
{
    QList<qint64> previousPicks; // clients of the latest earlier meeting, in order
    QHash<qint64, QDate> lastReviewed; // client id → date of the last meeting that took them up
};

class ClientRotation
{
public:
    // The clients in the scheme's order: apartments in natural order (2 before
    // 10) for a fixed order, priority 1, 2, 3 … (0 = not set, last) otherwise.
    static QList<Client> order(RotationScheme scheme, QList<Client> clients);
    // The clients the meeting on `meetingDate` takes up, at most `count`
    // (every client for AllClients, none for AsNeeded).
    static QList<qint64> pick(RotationScheme scheme, const QList<Client> &clients,
        const RotationHistory &history, const QDate &meetingDate, int count);
};

} // namespace tf
