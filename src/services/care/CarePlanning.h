#pragma once

#include "domain/Action.h"
#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/care/RiskDue.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>

namespace tf {

class ClientSet;
class ReadBatch;
class Workspace;
template <typename T> class Later;

// Which assessments the client needs on `onDate` by the routine: each
// instrument the client's verksamhet uses, at moving in and then yearly, or
// at the shorter interval the team decided.
QList<RiskNeed> riskNeedsFor(Workspace &workspace, const Client &client, const QDate &onDate);

// The risk routine of several clients read together, in one round trip:
// their verksamheter's instruments, moving-in dates, the team's intervals
// and last complete assessments. A page listing many clients' needs reads
// this once instead of riskNeedsFor for each.
class ClientRiskRoutines
{
public:
    static ClientRiskRoutines read(Workspace &workspace, const QList<qint64> &clientIds);
    // The same with a batch's other reads.
    static Later<ClientRiskRoutines> read(
        ReadBatch &batch, Workspace &workspace, const QList<qint64> &clientIds);
    // Of a set named in SQL, with the batch's read of the clients themselves.
    static Later<ClientRiskRoutines> read(
        ReadBatch &batch, Workspace &workspace, const ClientSet &clients);
    // What riskNeedsFor gives for one of the clients read.
    QList<RiskNeed> needsOf(const Client &client, const QDate &onDate) const;

private:
    struct Facts;
    std::shared_ptr<const Facts> m_facts;
};

// A decision about a client that the contact person must report back.
struct FeedbackDue
{
    Action action;
    Client client;
};
// The person's decisions awaiting feedback, by the action's id, with their
// clients: one read, alone or with a batch's other reads.
QList<FeedbackDue> feedbackDueFor(Workspace &workspace, qint64 personId);
Later<QList<FeedbackDue>> feedbackDueFor(ReadBatch &batch, Workspace &workspace, qint64 personId);
// The same with the meetings they were decided at and every forum's name,
// for their labels: one read.
struct FeedbackDueRead
{
    QList<FeedbackDue> due;
    QHash<qint64, Meeting> meetings;
    QHash<qint64, QString> forumNames;
};
FeedbackDueRead readFeedbackDue(Workspace &workspace, qint64 personId);
Later<FeedbackDueRead> readFeedbackDue(ReadBatch &batch, Workspace &workspace, qint64 personId);

// Meetings of the units that serve the client, and the samordningsmöten of
// the units that coordinate them (CoordinatedUnits), planned from fromUtc on
// within `days`, where an item for the client can be added; earliest first.
QList<Meeting> suitableMeetingsFor(
    Workspace &workspace, const Client &client, const QDateTime &fromUtc, int days = 56);

// Whether the meeting is a samordningsmöte (its template's forum).
bool isSamordningsmote(Workspace &workspace, const Meeting &meeting);

// Samordningsmöten of the client's units, or of the units coordinating them,
// with the client on the agenda, from
// `daysBack` before aroundUtc to `daysAhead` after it, newest first: where a
// need for a SIP can be noted.
QList<Meeting> samordningsmotenWithClient(Workspace &workspace, const Client &client,
    const QDateTime &aroundUtc, int daysBack = 56, int daysAhead = 56);

// Why the client cannot be put on the meeting's agenda, in Swedish; empty
// when it may. A samordningsmöte needs a valid consent for sharing with other
// care providers on the meeting's date. AgendaService applies it to every
// item added; views may ask first to explain.
QString clientAgendaRefusal(Workspace &workspace, qint64 meetingId, qint64 clientId);

} // namespace tf
