#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/care/HospitalStay.h"
#include "domain/care/RiskIndividual.h"

#include <QDate>
#include <QList>
#include <QPair>

#include <optional>

namespace tf {

class Workspace;

// The clients a samordningsmöte may take up: those its unit serves and those
// of the units it coordinates (CoordinatedUnits), each once.
QList<Client> samordningClients(Workspace &workspace, const Meeting &meeting);
// The next samordningsmöte (not cancelled) at or after `fromUtc` that may
// take the client up.
std::optional<Meeting> nextSamordningsmote(
    Workspace &workspace, const Client &client, const QDateTime &fromUtc);

// *Uppmärksamma riskindivider* (seed 001): the clients whose latest Senior
// Alert assessment shows risk, or who came home from hospital lately, are
// proposed for a samordningsmöte; the chair picks who is taken up and adds
// them to its agenda through the agenda's door (consent checked there).
// Throws StorageError with a Swedish message.
class RiskIndividuals
{
public:
    explicit RiskIndividuals(Workspace &workspace);

    // Who is proposed for the samordningsmöte and why, not yet on its
    // agenda, by name. Logged as read for the meeting (risk_status).
    QList<RiskIndividual> proposedFor(qint64 meetingId);

    struct Added
    {
        QList<qint64> itemIds;
        // Clients the meeting may not take up (no consent), with why.
        QList<QPair<qint64, QString>> refused;
    };
    // Puts the chosen clients on the meeting's agenda, raised by the
    // signed-in person, with why they were proposed; one transaction.
    Added addToAgenda(qint64 meetingId, const QList<qint64> &clientIds);

    // Marks that the client came home from hospital on `dischargedOn` (not
    // after today).
    qint64 recordHospitalStay(qint64 clientId, const QDate &dischargedOn, const QString &note);
    // The same with the day admitted (optional) and the hospital or ward in
    // the note; refused in Swedish by hospitalStayProblem.
    qint64 recordHospitalStay(const HospitalStay &stay);
    // The client's stays, latest home first; logged as a read of the
    // client's record for `purpose`.
    QList<HospitalStay> hospitalStaysOf(qint64 clientId, AccessPurpose purpose);

private:
    Workspace &m_workspace;
};

} // namespace tf
