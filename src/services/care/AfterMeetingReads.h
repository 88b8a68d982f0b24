#pragma once

#include "domain/Meeting.h"
#include "domain/care/CareRecords.h"
#include "services/care/ActionsWithClients.h"
#include "services/care/CarePlanning.h"
#include "services/care/JournalDuties.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// What the care views list of a person's work after the meetings, each
// view's parts read together in one round trip, however many clients and
// meetings they name.

// The fast omsorgskontakt's: the decisions to report back to the clients,
// the person's open actions and the journal entries to make.
struct ContactAfterMeetingRead
{
    FeedbackDueRead feedback;
    ActionsWithClients openActions;
    QList<JournalDue> journal;
};
ContactAfterMeetingRead readContactAfterMeeting(Workspace &workspace, qint64 personId);

// The nurse's: the open actions, the journal entries to make, and the SIP
// meetings to call with their clients' names and the meetings (with every
// forum's name) at which the need was noted.
struct NurseAfterMeetingRead
{
    ActionsWithClients openActions;
    QList<JournalDue> journal;
    QList<SipNeed> sipNeeds;
    QHash<qint64, QString> sipClientNames; // by client id
    QHash<qint64, Meeting> sipMeetings; // by meeting id
    QHash<qint64, QString> forumNames; // by template id
};
NurseAfterMeetingRead readNurseAfterMeeting(Workspace &workspace, qint64 personId);
// The same with a batch's other reads.
Later<NurseAfterMeetingRead> readNurseAfterMeeting(
    ReadBatch &batch, Workspace &workspace, qint64 personId);

} // namespace tf
