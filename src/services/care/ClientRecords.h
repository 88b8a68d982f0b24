#pragma once

#include "domain/care/CareRecords.h"
#include "domain/care/Consent.h"

#include <QList>

#include <optional>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

struct SbarConsent
{
    FormAnswer obtained = FormAnswer::Unanswered;
    QDate decidedOn;
};

// What the care views keep about a client around a meeting: consents, the
// participation checklist, feedback on decisions, needs for a SIP and SBAR
// reports. Each write is one transaction for the signed-in person.
class ClientRecords
{
public:
    explicit ClientRecords(Workspace &workspace);

    std::optional<Consent> latestConsent(qint64 clientId, ConsentScope scope);
    // The latest consent of every scope, in allConsentScopes() order, read
    // together (on PostgreSQL one round trip).
    QList<std::optional<Consent>> latestConsents(qint64 clientId);
    Later<QList<std::optional<Consent>>> latestConsents(ReadBatch &batch, qint64 clientId);
    // A new or renewed consent: always a new row.
    qint64 addConsent(const Consent &consent);

    std::optional<Participation> participation(qint64 agendaItemId);
    // Saves the change to the version read; returns the new version.
    int saveParticipation(const Participation &participation);

    void recordFeedback(const ClientFeedback &feedback);

    QList<SipNeed> sipNeedsOf(qint64 clientId);
    // The open needs the person is to call a SIP for.
    QList<SipNeed> openSipNeedsFor(qint64 personId);
    qint64 addSipNeed(const SipNeed &need);
    void markSipDone(const SipNeed &need, const QDate &doneOn);

    // "Samtycke inhämtat" for an SBAR report: the latest consent for other
    // care providers (region, health centre), yes while it allows sharing
    // today, with the day it was decided; unanswered without one.
    SbarConsent sbarConsent(qint64 clientId);
    // Creates the report, with the signed-in person as sender and the
    // consent on record, or completes a saved one after the call: a change
    // to what was sent is refused with a Swedish message (see
    // SbarReport::sentPartChangeFrom). Returns it as stored.
    SbarReport saveSbar(const SbarReport &report);

private:
    Workspace &m_workspace;
};

} // namespace tf
