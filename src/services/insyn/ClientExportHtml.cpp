// The PDF of a client export: the same content as its JSON, in Swedish.
#include "services/insyn/ClientExport.h"

#include "domain/Minutes.h"
#include "domain/risk/RiskInstrument.h"
#include "services/MinutesDocument.h"
#include "services/care/SbarPdf.h"

#include <QTimeZone>

namespace tf {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString local(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")))
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("–");
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>Inga.</p>");
    QString html
        = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
    for (const QString &header : headers)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(header));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// Who is to document the action in the journal, and whether it was done.
template <typename NameOf> QString journalText(const DossierAction &entry, const NameOf &name)
{
    if (entry.journal)
        return QStringLiteral("%1, dokumenterat av %2 %3")
            .arg(journalRecordLabel(entry.journal->record), name(entry.journal->documentedById),
                local(entry.journal->documentedUtc));
    if (entry.action.journalEntryNeeded)
        return QStringLiteral("ska dokumenteras av %1").arg(name(entry.action.journalById));
    return QString();
}

QString instrumentName(const QString &key)
{
    const RiskInstrument *instrument = findRiskInstrument(key);
    return instrument ? instrument->name : key;
}
} // namespace

QString dossierToHtml(const ClientDossier &dossier)
{
    const auto name = [&dossier](qint64 id) { return id ? dossier.people.value(id) : QString(); };
    // What the client objected to, and the earlier texts of a corrected
    // note, right below the note or assessment.
    const auto objectionsOf = [&](qint64 noteId, qint64 assessmentId) {
        QString part;
        for (const Objection &o : dossier.objections)
            if ((noteId && o.noteId == noteId) || (assessmentId && o.assessmentId == assessmentId))
                part += QStringLiteral("<p><b>Invändning, uppgiften anses oriktig</b> (antecknad "
                                       "av %1, %2): %3</p>")
                            .arg(esc(name(o.recordedById)), esc(local(o.recordedUtc)), esc(o.text));
        return part;
    };
    const Client &client = dossier.client;
    QString html = QStringLiteral("<h1>Uppgifter om %1</h1>").arg(esc(client.name));
    html += QStringLiteral("<p>Utdrag ur Teamforum %1 med allt som finns sparat om kunden.</p>")
                .arg(local(dossier.madeUtc));
    html += table({QStringLiteral("Uppgift"), QStringLiteral("Värde")},
        {{QStringLiteral("Personnummer"), client.personnummer},
            {QStringLiteral("Enhet"), dossier.unitName},
            {QStringLiteral("Lägenhet eller adress"), client.apartment},
            {QStringLiteral("Fast omsorgskontakt"), name(client.contactPersonId)},
            {QStringLiteral("Sjuksköterska"), name(client.nurseId)},
            {QStringLiteral("Arbetsterapeut"), name(client.occupationalTherapistId)},
            {QStringLiteral("Fysioterapeut"), name(client.physiotherapistId)}});

    QList<QStringList> units;
    for (const DossierUnit &u : dossier.servingUnits)
        units << QStringList {u.unitName,
            u.serving.from.isValid() ? day(u.serving.from) : QStringLiteral("från registreringen"),
            u.serving.to.isValid() ? day(u.serving.to) : QStringLiteral("pågår")};
    html += QStringLiteral("<h2>Enheter som ger kunden insatser</h2>")
        + table({QStringLiteral("Enhet"), QStringLiteral("Från"),
                    QStringLiteral("Till (första dagen utan)")},
            units);

    html += QStringLiteral("<h2>Punkter på möten</h2>");
    if (dossier.items.isEmpty())
        html += QStringLiteral("<p>Inga.</p>");
    for (const DossierItem &entry : dossier.items) {
        html += QStringLiteral("<h3>%1 %2, %3: %4</h3>")
                    .arg(esc(local(entry.meetingStartUtc)), esc(entry.forum), esc(entry.unitName),
                        esc(entry.item.title));
        if (!entry.item.body.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(entry.item.body));
        for (const MinuteEntry &note : entry.notes) {
            const QString heading = note.section.isEmpty() ? QStringLiteral("Anteckning")
                                                           : sectionTitle(note.section);
            html += QStringLiteral("<p><b>%1</b> (%2, %3): %4</p>")
                        .arg(esc(heading), esc(name(note.authorId)), esc(local(note.updatedUtc)),
                            esc(note.text));
            for (const NoteCorrection &c : dossier.corrections)
                if (c.noteId == note.id)
                    html += QStringLiteral("<p><b>Rättad</b> av %1, %2. Texten före rättelsen: "
                                           "%3%4</p>")
                                .arg(esc(name(c.correctedById)), esc(local(c.correctedUtc)),
                                    esc(c.previousText),
                                    c.reason.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" Skäl: %1").arg(esc(c.reason)));
            html += objectionsOf(note.id, 0);
        }
        if (entry.participation) {
            const Participation &p = *entry.participation;
            html += QStringLiteral("<p><b>Kundens delaktighet:</b> %1 %2</p>")
                        .arg(p.clientAsked ? QStringLiteral("Kunden tillfrågades.")
                                           : esc(p.notAskedReason),
                            esc(p.clientWishes));
        }
    }

    QList<QStringList> actions;
    for (const DossierAction &entry : dossier.actions)
        actions << QStringList {entry.action.what, name(entry.action.responsibleId),
            day(entry.action.dueDate), actionStatusLabel(entry.action.status),
            entry.feedback ? QStringLiteral("%1 %2").arg(
                day(entry.feedback->givenOn), feedbackMethodLabel(entry.feedback->method))
                           : QString(),
            journalText(entry, name)};
    html += QStringLiteral("<h2>Åtgärder</h2>")
        + table({QStringLiteral("Vad"), QStringLiteral("Ansvarig"), QStringLiteral("Klart senast"),
                    QStringLiteral("Status"), QStringLiteral("Återkoppling till kunden"),
                    QStringLiteral("Journal")},
            actions);

    QList<QStringList> assessments;
    for (const RiskAssessment &a : dossier.assessments)
        assessments << QStringList {instrumentName(a.instrument), local(a.assessedUtc),
            name(a.assessedById),
            (a.result.score ? QString::number(*a.result.score) + QStringLiteral(" poäng, ")
                            : QString())
                + a.result.level,
            a.comment};
    html += QStringLiteral("<h2>Riskbedömningar</h2>")
        + table({QStringLiteral("Bedömning"), QStringLiteral("När"), QStringLiteral("Av"),
                    QStringLiteral("Resultat"), QStringLiteral("Kommentar")},
            assessments);
    for (const RiskAssessment &a : dossier.assessments)
        if (const QString part = objectionsOf(0, a.id); !part.isEmpty())
            html += QStringLiteral("<p>%1, %2:</p>")
                        .arg(esc(instrumentName(a.instrument)), esc(local(a.assessedUtc)))
                + part;

    QList<QStringList> measures;
    for (const CareMeasure &m : dossier.riskCareMeasures) {
        QString assessment;
        for (const RiskAssessment &a : dossier.assessments)
            if (a.id == m.assessmentId)
                assessment = QStringLiteral("%1 %2").arg(
                    instrumentName(a.instrument), local(a.assessedUtc).left(10));
        measures << QStringList {assessment, m.what, name(m.responsibleId), day(m.followUpOn),
            m.followedUpOn.isValid() ? QStringLiteral("%1: %2").arg(day(m.followedUpOn), m.outcome)
                                     : QStringLiteral("inte uppföljd")};
    }
    html += QStringLiteral("<h2>Vårdplan efter riskbedömning</h2>")
        + table({QStringLiteral("Bedömning"), QStringLiteral("Åtgärd"), QStringLiteral("Vem"),
                    QStringLiteral("Uppföljning"), QStringLiteral("Uppföljd")},
            measures);

    QList<QStringList> stays;
    for (const HospitalStay &h : dossier.hospitalStays)
        stays << QStringList {h.admittedOn.isValid() ? day(h.admittedOn) : QStringLiteral("okänt"),
            day(h.dischargedOn), h.note, name(h.recordedById)};
    html += QStringLiteral("<h2>Vistelser på sjukhus</h2>")
        + table({QStringLiteral("Inlagd"), QStringLiteral("Hem"),
                    QStringLiteral("Sjukhus eller avdelning"), QStringLiteral("Antecknat av")},
            stays);

    QList<QStringList> consents;
    for (const Consent &c : dossier.consents)
        consents << QStringList {consentScopeLabel(c.scope), consentDecisionLabel(c.decision),
            c.limitation, day(c.decidedOn), day(c.validUntil)};
    html += QStringLiteral("<h2>Samtycken</h2>")
        + table({QStringLiteral("Gäller"), QStringLiteral("Beslut"), QStringLiteral("Begränsning"),
                    QStringLiteral("Beslutat"), QStringLiteral("Giltigt till")},
            consents);

    html += QStringLiteral("<h2>SBAR</h2>");
    if (dossier.sbarReports.isEmpty())
        html += QStringLiteral("<p>Inga.</p>");
    for (const SbarReport &r : dossier.sbarReports)
        html += QStringLiteral("<h3>SBAR %1</h3>").arg(esc(local(r.createdUtc)))
            + SbarPdf::fieldsHtml(r, client, name(r.senderId));

    QList<QStringList> needs;
    for (const SipNeed &n : dossier.sipNeeds)
        needs << QStringList {n.note, name(n.responsibleId), day(n.doneOn)};
    html += QStringLiteral("<h2>Samordnad individuell plan (SIP)</h2>")
        + table({QStringLiteral("Behov"), QStringLiteral("Kallar"), QStringLiteral("Klar")}, needs);

    QList<QStringList> steps;
    for (const CarePlanEvent &e : dossier.carePlan)
        steps << QStringList {carePlanEventLabel(e.kind), day(e.occurredOn),
            e.done ? QStringLiteral("gjord") : QStringLiteral("inte gjord"), name(e.recordedById)};
    html += QStringLiteral("<h2>Genomförandeplan</h2>")
        + table({QStringLiteral("Steg"), QStringLiteral("Datum"), QStringLiteral("Gjord"),
                    QStringLiteral("Antecknat av")},
            steps);

    QList<QStringList> invitations;
    for (const DossierInvitation &i : dossier.invitations)
        invitations << QStringList {local(i.meetingStartUtc),
            i.guest.isClient()
                ? QStringLiteral("Kunden")
                : QStringLiteral("%1 (%2)").arg(i.guest.relativeName,
                    i.guest.relation.isEmpty() ? QStringLiteral("anhörig") : i.guest.relation),
            attendanceText(i.guest.attendance)};
    html += QStringLiteral("<h2>Inbjudningar till möten</h2>")
        + table({QStringLiteral("Möte"), QStringLiteral("Inbjuden"), QStringLiteral("Närvaro")},
            invitations);

    QList<QStringList> reads;
    for (const AccessLogEntry &e : dossier.accessLog)
        reads << QStringList {local(e.accessedUtc),
            e.personId ? name(e.personId) : QStringLiteral("okänd"), accessKindLabel(e.kind),
            accessPurposeLabel(e.purpose)};
    html += QStringLiteral("<h2>Vem har läst uppgifterna</h2>")
        + table({QStringLiteral("När"), QStringLiteral("Vem"), QStringLiteral("Vad"),
                    QStringLiteral("Varför")},
            reads);
    return html;
}

} // namespace tf
