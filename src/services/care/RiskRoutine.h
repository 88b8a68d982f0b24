#pragma once

#include "domain/Client.h"
#include "domain/ServiceType.h"
#include "domain/care/RiskAssessment.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

namespace tf {

class Workspace;

// An instrument a verksamhet uses and how often it is repeated.
struct InstrumentUse
{
    QString instrument;
    int intervalMonths = 12;
};

// A client's routine as the team decided it: the moving-in date and shorter
// intervals per instrument (0 = as the verksamhet's routine).
struct ClientRoutine
{
    qint64 clientId = 0;
    QDate movedIn; // invalid: not given
    QHash<QString, int> teamIntervals;
};

// The risk-assessment routine as the nurse view sees it: which instruments
// each verksamhet uses, each client's moving in and intervals, and new
// assessments. Each change is one transaction for the signed-in person.
class RiskRoutine
{
public:
    // Answers the instrument's age items from the client's personnummer on
    // `day`, replacing whatever was there; without a birth date in it (or
    // without a client) the item gets a Swedish reason instead.
    static void answerAge(const RiskInstrument &instrument, const Client *client, const QDate &day,
        RiskAssessment *assessment);
    explicit RiskRoutine(Workspace &workspace);

    QList<InstrumentUse> instrumentsFor(ServiceType type);
    // The instruments of every verksamhet given, all or nothing.
    void setInstruments(const QMap<ServiceType, QList<InstrumentUse>> &uses);

    // The instruments the client's verksamhet uses.
    QList<InstrumentUse> instrumentsForClient(qint64 clientId);
    ClientRoutine clientRoutine(qint64 clientId);
    // Saves what differs from the stored routine, all or nothing; the team
    // decided it at the meeting.
    void saveClientRoutine(const ClientRoutine &routine, qint64 meetingId);

    // The newest assessment with each instrument, newest first: a summary
    // shown with a client whose record or agenda the caller read (and
    // logged) already.
    QList<RiskAssessment> latestPerInstrument(qint64 clientId);
    // The same of a history already read, newest first.
    static QList<RiskAssessment> latestPerInstrument(const QList<RiskAssessment> &history);

    // Stores a new assessment (never an update); returns its id.
    // Saves the assessment; an item of the client's age is answered from
    // the personnummer on the assessment day (Europe/Stockholm) whatever the
    // answers say, and without a birth date in it the item cannot be assessed.
    qint64 addAssessment(const RiskAssessment &assessment);

private:
    Workspace &m_workspace;
};

} // namespace tf
