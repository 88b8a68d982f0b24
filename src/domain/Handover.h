#pragma once

#include <QDateTime>
#include <QString>

namespace tf {

// What a leaver holds that a successor takes over.
enum class HandoverKind {
    Action, // an open action they are responsible for
    ContactPerson, // fast omsorgskontakt of a client
    Nurse,
    OccupationalTherapist,
    Physiotherapist,
    SipNeed, // responsible for calling an open SIP
    JournalEntry, // an action they are to document in the client's journal
};
// "action", "contact_person", "nurse", "occupational_therapist",
// "physiotherapist", "sip_need", "journal_entry": as stored in handover.what.
QString handoverKindKey(HandoverKind kind);
bool handoverKindFromKey(const QString &key, HandoverKind *kind);
// Swedish, for the views: "Åtgärd", "Fast omsorgskontakt", …
QString handoverKindLabel(HandoverKind kind);

// One thing handed over, as recorded.
struct HandoverEntry
{
    qint64 id = 0;
    QDateTime handedUtc;
    qint64 handedById = 0;
    qint64 fromPersonId = 0;
    qint64 toPersonId = 0;
    HandoverKind kind = HandoverKind::Action;
    qint64 rowId
        = 0; // the action (also for a journal entry), the client (for a role) or the SIP need
    qint64 clientId = 0; // 0: an action about no client
};

} // namespace tf
