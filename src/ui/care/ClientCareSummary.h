#pragma once

#include "domain/care/CareRecords.h"
#include "domain/care/Consent.h"
#include "domain/care/Objection.h"
#include "domain/care/RiskAssessment.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tf {

class Workspace;

// What the views say about one client's care: consents and SIP needs in
// "Mina kunder", the risk assessments and the participation checklist on
// the client's page of the minutes (read-only there).
class ClientCareSummary
{
    Q_DECLARE_TR_FUNCTIONS(ClientCareSummary)
public:
    // Every consent scope with its decision and validity, as rich text.
    static QString consentsHtml(const QList<std::optional<Consent>> &latest);
    // The open SIP needs, one a line.
    static QString openSipNeeds(Workspace &workspace, qint64 clientId);
    // The same of the client's needs already read.
    static QString openSipNeeds(Workspace &workspace, const QList<SipNeed> &needs);
    // The latest assessment per instrument, each followed by the client's
    // objections to it (from objectionsByAssessment, read with the meeting).
    static QString risks(Workspace &workspace, qint64 clientId,
        const QHash<qint64, QList<Objection>> &objectionsByAssessment);
    // The same of the latest assessments already read.
    static QString risks(Workspace &workspace, const QList<RiskAssessment> &latest,
        const QHash<qint64, QList<Objection>> &objectionsByAssessment);
    // The client's objections to notes and assessments and the corrections
    // of their notes, one a line (RemarkText); empty when there are none.
    static QString remarks(Workspace &workspace, const QList<Objection> &objections,
        const QList<NoteCorrection> &corrections);
    // The contact person's participation checklist for the agenda item.
    static QString participation(Workspace &workspace, qint64 agendaItemId);
    // The same of the checklist already read (none: not filled in).
    static QString participation(const std::optional<Participation> &stored);
};

} // namespace tf
