#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Action.h"
#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/care/CareRecords.h"
#include "domain/care/Consent.h"
#include "domain/care/Objection.h"
#include "domain/care/RiskAssessment.h"

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
};

// Everything the program holds about one client, for the client's right of
// access (rätt till insyn): the record, what was said and decided about
// them, their assessments, consent, SBAR, SIP and who read their data.
struct ClientDossier
{
    Client client;
    QString unitName;
    QList<DossierItem> items;
    QList<DossierAction> actions;
    QList<RiskAssessment> assessments;
    QList<Consent> consents;
    QList<SbarReport> sbarReports;
    QList<SipNeed> sipNeeds;
    QList<AccessLogEntry> accessLog;
    // Objections against the notes and assessments above, and the earlier
    // texts of corrected notes, oldest first.
    QList<Objection> objections;
    QList<NoteCorrection> corrections;
    QHash<qint64, QString> people; // names of the staff the dossier mentions
    QDateTime madeUtc;
};

} // namespace tf
