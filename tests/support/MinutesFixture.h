#pragma once

#include <QDateTime>

namespace tf {
class Workspace;
}

namespace tf::test {

// A unit with a chair, a nurse, an assistant nurse, a client and a teammöte
// (30 minutes) with three agenda items, the second about the client.
struct MinutesFixture
{
    qint64 unitId = 0;
    qint64 chairId = 0; // "Eva Enhetschef"
    qint64 nurseId = 0; // "Sara Sjöström"
    qint64 helperId = 0; // "Åke Öberg"
    qint64 standInId = 0; // "Stina Ständigvikarie", staff not called to the meeting
    qint64 clientId = 0; // "Greta Gransson"
    qint64 meetingId = 0;
    qint64 templateId = 0;
    QList<qint64> itemIds;
    QDateTime startUtc;
};

// Creates the fixture; the meeting starts at startUtc (default: now).
MinutesFixture makeMinutesFixture(Workspace &workspace, const QDateTime &startUtc = {});
// Another meeting of the same unit and forum with one agenda item.
qint64 addMeeting(Workspace &workspace, const MinutesFixture &fixture, const QDateTime &startUtc);

// The chair approves the meeting in her own name through MeetingMinutes:
// on SQLite with her personal code (chosen now if she has none), on
// PostgreSQL as the signed-in person. The workspace's actor is kept.
void approveAsChair(Workspace &workspace, const MinutesFixture &fixture, qint64 meetingId);
// The chair's personal code approveAsChair chooses.
QString chairCode();

} // namespace tf::test
