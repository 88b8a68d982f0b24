#include "ui/care/ClientCareSummary.h"

#include "domain/care/CareRecords.h"
#include "domain/care/RiskAssessment.h"
#include "domain/risk/RiskInstrument.h"
#include "services/ActionList.h"
#include "services/care/CareMeetings.h"
#include "services/care/ClientRecords.h"
#include "services/care/RiskRoutine.h"
#include "ui/care/CareText.h"
#include "ui/care/RemarkText.h"

namespace tf {

QString ClientCareSummary::consentsHtml(const QList<std::optional<Consent>> &latest)
{
    QStringList lines;
    const QDate today = QDate::currentDate();
    for (qsizetype i = 0; i < allConsentScopes().size(); ++i) {
        const ConsentScope scope = allConsentScopes().at(i);
        const std::optional<Consent> &consent = latest.at(i);
        QString state = tr("not registered");
        if (consent) {
            state = consentDecisionLabel(consent->decision);
            if (!consent->limitation.isEmpty())
                state += QStringLiteral(" (%1)").arg(consent->limitation);
            state += consent->isExpired(today)
                ? tr(", expired %1").arg(consent->validUntil.toString(Qt::ISODate))
                : tr(", valid until %1").arg(consent->validUntil.toString(Qt::ISODate));
        }
        lines << QStringLiteral("<b>%1:</b> %2")
                     .arg(consentScopeLabel(scope).toHtmlEscaped(), state.toHtmlEscaped());
    }
    return QStringLiteral("<b>%1</b><br>").arg(tr("Consent")) + lines.join(QStringLiteral("<br>"));
}

QString ClientCareSummary::openSipNeeds(Workspace &workspace, qint64 clientId)
{
    return openSipNeeds(workspace, ClientRecords(workspace).sipNeedsOf(clientId));
}

QString ClientCareSummary::openSipNeeds(Workspace &workspace, const QList<SipNeed> &needs)
{
    // Open needs stay listed until the responsible person has called the SIP.
    QStringList lines;
    for (const SipNeed &need : needs) {
        if (!need.isOpen())
            continue;
        QString line = tr("SIP to be called by %1").arg(personName(workspace, need.responsibleId));
        if (const auto meeting = careMeeting(workspace, need.meetingId))
            line += tr(" (noted at %1)").arg(meetingLabel(workspace, *meeting));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ClientCareSummary::risks(Workspace &workspace, qint64 clientId,
    const QHash<qint64, QList<Objection>> &objectionsByAssessment)
{
    return risks(
        workspace, RiskRoutine(workspace).latestPerInstrument(clientId), objectionsByAssessment);
}

QString ClientCareSummary::risks(Workspace &workspace, const QList<RiskAssessment> &latest,
    const QHash<qint64, QList<Objection>> &objectionsByAssessment)
{
    // The latest assessment per instrument, read-only: the nurse records
    // them before the meeting.
    QStringList lines;
    for (const RiskAssessment &assessment : latest) {
        const RiskInstrument *instrument = findRiskInstrument(assessment.instrument);
        QString line = instrument ? instrument->name : assessment.instrument;
        if (assessment.result.score)
            line += tr(": %n points", nullptr, *assessment.result.score);
        if (instrument && !assessment.result.level.isEmpty())
            line += QStringLiteral(" – ") + instrument->levelLabel(assessment.result.level);
        line += QStringLiteral(" (%1)").arg(
            stockholmDate(assessment.assessedUtc).toString(Qt::ISODate));
        for (const Objection &objection : objectionsByAssessment.value(assessment.id))
            line += QStringLiteral(" – ") + RemarkText::objection(workspace, objection);
        lines << line;
    }
    if (lines.isEmpty())
        return tr("Risk assessments: none recorded.");
    return tr("Risk assessments: %1").arg(lines.join(QStringLiteral("; ")));
}

QString ClientCareSummary::participation(Workspace &workspace, qint64 agendaItemId)
{
    return participation(ClientRecords(workspace).participation(agendaItemId));
}

QString ClientCareSummary::participation(const std::optional<Participation> &stored)
{
    // The contact person's checklist before the meeting, read-only here.
    if (!stored)
        return tr("Participation: the contact person has not filled in the checklist.");
    QStringList parts;
    if (stored->clientAsked) {
        const QString wishes = stored->clientWishes.trimmed();
        parts << (wishes.isEmpty() ? tr("the client was asked for wishes")
                                   : tr("the client's wishes: %1").arg(wishes));
    } else if (!stored->notAskedReason.trimmed().isEmpty()) {
        parts << tr("the client was not asked, because: %1").arg(stored->notAskedReason.trimmed());
    } else {
        parts << tr("the client has not been asked yet");
    }
    QString relatives = stored->relatives == RelativesAsked::NotAnswered
        ? tr("relatives: not answered")
        : relativesAskedLabel(stored->relatives);
    if (!stored->relativesNote.trimmed().isEmpty())
        relatives += QStringLiteral(" (%1)").arg(stored->relativesNote.trimmed());
    parts << relatives;
    return tr("Participation: %1").arg(parts.join(QStringLiteral("; ")));
}

QString ClientCareSummary::remarks(Workspace &workspace, const QList<Objection> &objections,
    const QList<NoteCorrection> &corrections)
{
    QStringList lines;
    for (const NoteCorrection &correction : corrections)
        lines << tr("A note: %1").arg(RemarkText::correction(workspace, correction));
    for (const Objection &objection : objections)
        lines << (objection.noteId ? tr("A note: %1") : tr("A risk assessment: %1"))
                     .arg(RemarkText::objection(workspace, objection));
    return lines.join(QLatin1Char('\n'));
}

} // namespace tf
