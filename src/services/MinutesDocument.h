#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Action.h"
#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/MeetingGuest.h"
#include "domain/Minutes.h"
#include "domain/Person.h"
#include "domain/care/Objection.h"

#include <QHash>
#include <QJsonObject>

namespace tf {

class Workspace;

// Everything the minutes of one meeting say, read in one go: for the JSON of
// the command line, the PDF and the meeting mode.
struct MinutesDocument
{
    Meeting meeting;
    QString forumName;
    QString unitName;
    QList<Participant> participants;
    QList<MeetingGuest> guests; // the client and relatives invited, the external participants
    QString leaderName; // the occurrence's mötesledare (MeetingLeaders)
    QList<AgendaItem> items;
    QList<MinuteEntry> entries;
    QList<Action> actions;
    QList<MinutesAddendum> addenda;
    QList<qint64> nextMeetingClientIds;
    MinutesClosing closing;
    QHash<qint64, Person> people;
    QHash<qint64, Client> clients;
    // The client's objections to a note and the note's earlier texts, by
    // note id, oldest first: additions that never change the note.
    QHash<qint64, QList<Objection>> objections;
    QHash<qint64, QList<NoteCorrection>> corrections;

    QString personName(qint64 id) const;
    // With anonymize, the client's initials ("G. G.") instead of the name.
    QString clientName(qint64 id, bool anonymize) const;
    QList<MinuteEntry> entriesOf(qint64 agendaItemId) const;
    QList<Action> actionsOf(qint64 agendaItemId) const;
    // As meetingGuestLabel says it; with anonymize, "kunden" or the relation
    // only ("anhörig (dotter)"), never a name.
    QString guestName(const MeetingGuest &guest, bool anonymize) const;
};

// Throws StorageError::Kind::NotFound for an unknown meeting. Records in the
// access log that the workspace's person read the minutes of every client
// they name (agenda, actions, next meeting), for `purpose`.
MinutesDocument loadMinutesDocument(Workspace &workspace, qint64 meetingId, AccessPurpose purpose);
QJsonObject minutesToJson(const MinutesDocument &document);
QJsonObject actionToJson(const Action &action, const MinutesDocument *names);
// "G. G." for "Greta Gransson".
QString initialsOf(const QString &name);
// The apartment as documents print it: "lgh 12" for "12" and for "Lgh 12"
// alike; an address ("Storgatan 5") as it is.
QString apartmentLabel(const QString &apartment);
// Swedish names of the attendance states, as shown and printed.
QString attendanceText(Attendance attendance);

} // namespace tf
