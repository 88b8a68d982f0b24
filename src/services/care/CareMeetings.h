#pragma once

#include "domain/Meeting.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace tf {

class MeetingSet;
class ReadBatch;
class Workspace;
template <typename T> class Later;

// The meetings the care views name: one by id, the next one a client is on,
// and the coming ones of units.
std::optional<Meeting> careMeeting(Workspace &workspace, qint64 meetingId);

// Where a client is next taken up: the meeting and the client's item there.
struct AgendaPlace
{
    Meeting meeting;
    qint64 agendaItemId = 0;
};
std::optional<AgendaPlace> nextAgendaPlace(
    Workspace &workspace, qint64 clientId, const QDateTime &fromUtc);

// What a nurse prepares: the clients the person is clinician for, and the
// meetings from fromUtc until toUtc that are not cancelled, earliest first,
// of every unit serving them and of the areas whose samordningsmöte
// coordinates such a unit.
struct ClinicianMeetings
{
    QSet<qint64> clientIds;
    QList<Meeting> meetings;
};
ClinicianMeetings clinicianMeetings(
    Workspace &workspace, qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc);
// The same with a batch's other reads: the clients and the meetings together.
Later<ClinicianMeetings> clinicianMeetings(ReadBatch &batch, Workspace &workspace, qint64 personId,
    const QDateTime &fromUtc, const QDateTime &toUtc);
// Those meetings named in SQL, for the reads about them that go in the same
// batch as the meetings themselves (MeetingSet).
MeetingSet clinicianMeetingSet(qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc);
// The items about the clinician's own clients on the agendas of those
// meetings, by meeting and position: read with them, without waiting.
Later<QList<AgendaItem>> clinicianAgendaItems(ReadBatch &batch, Workspace &workspace,
    qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc);

} // namespace tf
