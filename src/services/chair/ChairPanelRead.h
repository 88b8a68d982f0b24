#pragma once

#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/Person.h"
#include "services/chair/MeetingGuests.h"
#include "services/chair/MeetingLeaders.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tf {

class Workspace;

// What the chair's panel shows of a meeting: its header with the leader
// and those who may lead, its agenda with the clients and staff to choose
// from, and its participants with the guests invited.
struct ChairPanelRead
{
    std::optional<Meeting> meeting; // none: no meeting with the id
    bool locked = false; // its minutes are approved
    QString forum; // its template's forum (kvalitetsmote, samordningsmote, …)
    QString forumName;
    // The header's, when asked for.
    MeetingLeaders::Leader leader;
    QList<MeetingLeaders::Candidate> candidates;

    // The agenda's, when asked for.
    QList<AgendaItem> items;
    QList<Client> clients; // whom an item can be about on the meeting's day
    // Those the agenda names: who raised its items, and the reader when
    // employed on the meeting's day (the raiser chosen first). The staff to
    // choose from is read when the chooser is first used (readStaffOfDay).
    QList<Person> raisers;

    // The participants', when asked for.
    QList<Participant> participants;
    QHash<qint64, QString> names; // the participants'
    QList<NamedGuest> guests; // the clients, relatives and externals invited
    int leadDays = 0; // the unit's lead time for inviting adjuncts
    QList<qint64> late; // adjuncts invited later than the lead time
    std::optional<QList<Person>> staffToday; // to add from, when asked for
};

// Which parts of the panel to read.
struct ChairPanelParts
{
    bool header = true; // the leader and the candidates
    bool agenda = true;
    bool participants = true;
    bool staffToday = false; // the staff employed `today`, to add from
};

// Reads the panel of the meeting as seen on `today`, on any thread, in two
// round trips: the meeting with whether its minutes are locked, then all
// that its day, unit and series decide. The guests' clients' reads are
// logged as read before the meeting (with the participants only); a leader
// who is among none of the people read costs one read more for the name.
ChairPanelRead readChairPanel(
    Workspace &workspace, qint64 meetingId, const QDate &today, const ChairPanelParts &parts);

// Who may raise an item at a meeting on `day`: the staff employed that day,
// on any thread. Read when the raiser is first chosen, not with the panel:
// a region's staff is 15,000 people.
QList<Person> readStaffOfDay(Workspace &workspace, const QDate &day);

} // namespace tf
