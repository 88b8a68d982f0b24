#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Action.h"
#include "domain/Client.h"
#include "domain/ClientUnit.h"
#include "domain/Meeting.h"
#include "domain/MeetingGuest.h"
#include "domain/care/CarePlanDue.h"
#include "domain/care/CareRecords.h"
#include "domain/care/Consent.h"
#include "domain/care/HospitalStay.h"
#include "domain/care/JournalRecord.h"
#include "domain/care/Objection.h"
#include "domain/care/RiskAssessment.h"
#include "domain/care/RiskCarePlan.h"

#include <QHash>
#include <QList>

#include <optional>

namespace tf {

// An agenda item about the client, with the meeting it was on and what was
// written there.
struct DossierItem
{
    AgendaItem item;
    QDateTime meetingStartUtc;
    QString forum; // the forum's name
    QString unitName;
    QList<MinuteEntry> notes;
    std::optional<Participation> participation;
};

struct DossierAction
{
    Action action;
    std::optional<ClientFeedback> feedback;
    std::optional<JournalMark> journal; // documented in the journal: which, who, when
};

// The client or a relative invited to a meeting, with the meeting's time.
struct DossierInvitation
{
    MeetingGuest guest;
    QDateTime meetingStartUtc;
};

// A unit that serves or served the client, with its name.
struct DossierUnit
{
    ClientUnit serving;
    QString unitName;
};

// Everything the program holds about one client, for the client's right of
// access (rätt till insyn): the record, the units that serve them, what was
// said and decided about them, their assessments and the vårdplan after
// them, stays in hospital, consent, SBAR, SIP, genomförandeplan, the
// meetings they or their relatives were invited to and who read their data.
struct ClientDossier
{
    Client client;
    QString unitName;
    QList<DossierItem> items;
    QList<DossierAction> actions;
    QList<DossierUnit> servingUnits; // earliest first
    QList<RiskAssessment> assessments;
    QList<CareMeasure> riskCareMeasures; // the vårdplan after assessments, oldest first
    QList<HospitalStay> hospitalStays; // latest home first
    QList<Consent> consents;
    QList<SbarReport> sbarReports;
    QList<SipNeed> sipNeeds;
    QList<CarePlanEvent> carePlan; // the genomförandeplan's steps, oldest first
    QList<DossierInvitation> invitations;
    QList<AccessLogEntry> accessLog;
    // Objections against the notes and assessments above, and the earlier
    // texts of corrected notes, oldest first.
    QList<Objection> objections;
    QList<NoteCorrection> corrections;
    QHash<qint64, QString> people; // names of the staff the dossier mentions
    QDateTime madeUtc;
};

} // namespace tf
