#pragma once

#include <QDateTime>
#include <QString>

namespace tf {

// What part of a client's personal data was read.
enum class AccessKind {
    ClientList, // the client's row in a list with its status (next meeting, consent)
    ClientRecord, // one client opened: checklist, consent, SIP
    RiskHistory, // earlier risk assessments
    RiskStatus, // which assessments are due, before a meeting
    Consent, // the consent registrations
    Sbar, // an SBAR report
    Minutes, // the minutes of a meeting that names the client
    Search, // a search hit in the client's notes, actions or addenda
    AccessLog, // the client's entries, read in a loggkontroll
    Retention, // the client's last entry and retention decision, for gallring
    Dossier, // everything about the client, exported for the client (insyn)
};
QString accessKindKey(AccessKind kind);
// False for an unknown key.
bool accessKindFromKey(const QString &key, AccessKind *kind);
QString accessKindLabel(AccessKind kind); // Swedish

// Why it was read: the view the person worked in, the command line, or a
// loggkontroll (always on the command line). Stored as a key.
enum class AccessPurpose {
    MyClients,
    BeforeMeeting,
    MeetingMode,
    CommandLine,
    Search,
    Loggkontroll,
    Gallring, // deciding what is to be purged (always on the command line)
    Insyn, // an export for the client's right of access
    UnitClients // the enhetschef's list of the unit's clients
};
QString accessPurposeKey(AccessPurpose purpose);
// Swedish for a stored purpose key; the key itself when it is unknown.
QString accessPurposeLabel(const QString &key);

// One read of a client's personal data by a person: an entry of the access
// log. Entries are never changed once written.
struct AccessLogEntry
{
    qint64 id = 0;
    QDateTime accessedUtc;
    qint64 personId = 0; // 0: no identified person (e.g. the command line)
    qint64 clientId = 0;
    AccessKind kind = AccessKind::ClientRecord;
    QString purpose; // an AccessPurpose key
    qint64 meetingId = 0; // the meeting it was read for, if any
    // Filled by queries: whether the person had a care relationship with the
    // client (a role for the client, the unit's team or a meeting of the
    // client's unit). Entries without one are what a loggkontroll examines.
    bool careRelation = false;
};

// Which entries a loggkontroll asks for. Unset fields do not filter.
struct AccessLogFilter
{
    qint64 clientId = 0;
    qint64 personId = 0;
    qint64 unitId = 0; // the client's unit
    qint64 throughId = 0; // entries with this id or lower
    QDateTime fromUtc; // inclusive
    QDateTime toUtc; // exclusive
    bool withoutCareRelationOnly = false;
    bool withCareRelationOnly = false;
    int limit = 1000;
};

// What verifying the access log's hash chains found.
struct ChainVerdict
{
    qint64 verified = 0; // entries whose link and hash hold
    qint64 broken = 0;
    qint64 brokenAt = 0; // the lowest id of a broken entry
    QString reason; // Swedish, for brokenAt
    bool ok() const { return broken == 0; }
};

} // namespace tf
