#include "services/MinutesPdf.h"

#include "services/ActionList.h"
#include "services/MinutesDocument.h"
#include "services/PdfDocument.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTimeZone>

namespace tf {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("–");
}

QString headerRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}
} // namespace

QString MinutesPdf::anonymizeText(const QString &text, const MinutesDocument &document)
{
    QString result = text;
    // Personnummer and apartments go first; what replaces them names no one.
    static const QRegularExpression personnummer(
        QStringLiteral("(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![0-9])"));
    result.replace(personnummer, QStringLiteral("(personnummer)"));
    for (const Client &client : document.clients) {
        const QString label = apartmentLabel(client.apartment);
        if (label.isEmpty())
            continue;
        QStringList forms {QRegularExpression::escape(label)};
        if (label != client.apartment.trimmed() && client.apartment.trimmed().size() > 1)
            forms << QRegularExpression::escape(client.apartment.trimmed());
        result.replace(QRegularExpression(QStringLiteral("(?:,\\s*)?(?<![\\p{L}\\p{N}])(?:%1)"
                                                         "(?![\\p{L}\\p{N}])")
                                              .arg(forms.join(QLatin1Char('|'))),
                           QRegularExpression::CaseInsensitiveOption),
            QString());
    }

    // Every written form of every client's name, replaced in one pass so
    // that no replacement is read again. A name part two clients share
    // becomes its own initial, since it tells no one apart.
    QHash<QString, QString> replacementOf; // lower-case form → replacement
    const auto add = [&](const QString &form, const QString &replacement) {
        const QString key = form.toLower();
        const auto known = replacementOf.constFind(key);
        if (known != replacementOf.constEnd() && known.value() != replacement)
            replacementOf[key] = form.left(1).toUpper() + QLatin1Char('.');
        else
            replacementOf.insert(key, replacement);
    };
    for (const Client &client : document.clients) {
        const QString initials = initialsOf(client.name);
        QStringList names {client.name.simplified()};
        names << client.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &name : names) {
            if (name.size() < 2)
                continue;
            add(name, initials);
            add(name + QLatin1Char('s'), initials + QStringLiteral(":s")); // "Gretas"
        }
    }
    if (replacementOf.isEmpty())
        return result;
    QStringList forms = replacementOf.keys();
    std::sort(forms.begin(), forms.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &form : forms)
        form = QRegularExpression::escape(form);
    const QRegularExpression anyName(QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])")
                                         .arg(forms.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption);
    QString written;
    qsizetype from = 0;
    auto match = anyName.globalMatch(result);
    while (match.hasNext()) {
        const auto found = match.next();
        written += result.mid(from, found.capturedStart() - from);
        const QString replacement = replacementOf.value(found.captured().toLower());
        written += replacement;
        from = found.capturedEnd();
        // "… Nilsson." must not become "M. N..".
        if (replacement.endsWith(QLatin1Char('.')) && from < result.size()
            && result.at(from) == QLatin1Char('.'))
            ++from;
    }
    written += result.mid(from);
    return written;
}

QString MinutesPdf::html(const MinutesDocument &doc, bool anonymize)
{
    const auto clean
        = [&](const QString &text) { return anonymize ? anonymizeText(text, doc) : text; };
    const QDateTime local
        = doc.meeting.startUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")));
    QStringList present;
    QStringList absent;
    for (const auto &p : doc.participants) {
        QString name = doc.personName(p.personId);
        if (p.adjunct)
            name += QStringLiteral(" (adjungerad)");
        if (p.attendance == Attendance::Absent) {
            absent << name;
        } else if (p.attendance == Attendance::SubstitutePresent) {
            absent << QStringLiteral("%1, ersättare %2").arg(name, doc.personName(p.substituteId));
        } else if (p.attendance == Attendance::Present) {
            present << name;
        }
    }
    for (const MeetingGuest &guest : doc.guests) {
        if (guest.attendance == Attendance::Present)
            present << doc.guestName(guest, anonymize);
        else if (guest.attendance == Attendance::Absent)
            absent << doc.guestName(guest, anonymize);
    }
    QStringList externals; // with organisation and role, whatever their attendance
    for (const MeetingGuest &guest : doc.guests)
        if (guest.isExternal())
            externals << externalPersonLabel(guest.external);
    const QString title = doc.forumName.isEmpty() ? QStringLiteral("Möte") : doc.forumName;
    QString html
        = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt\">");
    html += QStringLiteral("<h1>Minnesanteckningar – %1</h1>").arg(esc(title));
    if (anonymize)
        html += QStringLiteral("<p><i>Avidentifierad kopia: kunder anges med initialer.</i></p>");
    html += QStringLiteral("<table cellpadding=\"2\">");
    html += headerRow(QStringLiteral("Forum"), title);
    html += headerRow(QStringLiteral("Enhet"), doc.unitName);
    html += headerRow(QStringLiteral("Datum"), local.date().toString(Qt::ISODate));
    html += headerRow(QStringLiteral("Tid"),
        QStringLiteral("%1–%2").arg(local.time().toString(QStringLiteral("HH:mm")),
            local.addSecs(60 * doc.meeting.minutes).time().toString(QStringLiteral("HH:mm"))));
    html += headerRow(QStringLiteral("Plats"), doc.meeting.location);
    html += headerRow(QStringLiteral("Ordförande"), doc.personName(doc.meeting.chairId));
    if (!doc.leaderName.isEmpty())
        html += headerRow(QStringLiteral("Mötesledare"), doc.leaderName);
    html += headerRow(QStringLiteral("Sekreterare"), doc.personName(doc.meeting.secretaryId));
    if (!externals.isEmpty())
        html += headerRow(
            QStringLiteral("Från andra organisationer"), externals.join(QStringLiteral("; ")));
    html += headerRow(QStringLiteral("Närvarande"), present.join(QStringLiteral(", ")));
    html += headerRow(QStringLiteral("Frånvarande"),
        absent.isEmpty() ? QStringLiteral("–") : absent.join(QStringLiteral("; ")));
    if (doc.closing.isApproved())
        html += headerRow(QStringLiteral("Justerat"),
            QStringLiteral("%1 av %2")
                .arg(stockholmDate(doc.closing.approvedUtc).toString(Qt::ISODate),
                    doc.personName(doc.closing.approvedById)));
    html += QStringLiteral("</table>");

    for (const auto &item : doc.items) {
        html += QStringLiteral("<h2>%1. %2</h2>").arg(item.position).arg(esc(clean(item.title)));
        if (item.clientId > 0)
            html += QStringLiteral("<p><b>Kund:</b> %1</p>")
                        .arg(esc(doc.clientName(item.clientId, anonymize)));
        for (const auto &entry : doc.entriesOf(item.id)) {
            if (entry.text.trimmed().isEmpty())
                continue;
            if (!entry.section.isEmpty())
                html += QStringLiteral("<p><b>%1</b></p>").arg(esc(sectionTitle(entry.section)));
            html += QStringLiteral("<p>%1</p>").arg(paragraphs(clean(entry.text)));
            for (const NoteCorrection &c : doc.corrections.value(entry.id)) {
                html += QStringLiteral("<p><i>Rättad av %1, %2. Texten före rättelsen:</i> %3</p>")
                            .arg(esc(doc.personName(c.correctedById)),
                                stockholmDate(c.correctedUtc).toString(Qt::ISODate),
                                paragraphs(clean(c.previousText)));
                if (!c.reason.isEmpty())
                    html += QStringLiteral("<p><i>Skäl till rättelsen:</i> %1</p>")
                                .arg(paragraphs(clean(c.reason)));
            }
            for (const Objection &o : doc.objections.value(entry.id))
                html += QStringLiteral("<p><i>Invändning, uppgiften anses oriktig (%1, %2):</i> "
                                       "%3</p>")
                            .arg(esc(doc.personName(o.recordedById)),
                                stockholmDate(o.recordedUtc).toString(Qt::ISODate),
                                paragraphs(clean(o.text)));
        }
        const auto decisions = doc.actionsOf(item.id);
        for (const auto &action : decisions)
            html += QStringLiteral("<p>Beslut: %1 (ansvarig %2)</p>")
                        .arg(esc(clean(action.what)), esc(doc.personName(action.responsibleId)));
    }

    // Dates never wrap: a split date is misread.
    html += QStringLiteral(
        "<h2>Åtgärder</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
        "width=\"100%\"><thead><tr><th width=\"36%\">Åtgärd</th><th width=\"18%\">Ansvarig</th>"
        "<th width=\"13%\">Klart senast</th><th width=\"13%\">Följs upp</th>"
        "<th width=\"20%\">Återkoppling och journal</th></tr></thead>");
    const QDate decided = stockholmDate(doc.meeting.startUtc);
    for (const auto &action : doc.actions) {
        const QDate followUp = action.nextFollowUp(decided);
        QStringList duties;
        if (action.feedbackToClient)
            duties
                << QStringLiteral("Återkoppling: %1").arg(esc(doc.personName(action.feedbackById)));
        if (action.journalEntryNeeded)
            duties << QStringLiteral("Journal: %1").arg(esc(doc.personName(action.journalById)));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td style=\"white-space: nowrap\">%3</td>"
                               "<td style=\"white-space: nowrap\">%4</td><td>%5</td></tr>")
                    .arg(esc(clean(action.what)), esc(doc.personName(action.responsibleId)),
                        dateText(action.dueDate), dateText(followUp),
                        duties.isEmpty() ? QStringLiteral("–")
                                         : duties.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    if (!doc.nextMeetingClientIds.isEmpty()) {
        QStringList names;
        for (qint64 id : doc.nextMeetingClientIds)
            names << doc.clientName(id, anonymize);
        html += QStringLiteral("<p><b>Kunder till nästa möte:</b> %1</p>")
                    .arg(esc(names.join(QStringLiteral(", "))));
    }
    if (!doc.addenda.isEmpty()) {
        html += QStringLiteral("<h2>Tillägg efter justering</h2>");
        for (const auto &addendum : doc.addenda)
            html += QStringLiteral("<p><b>%1, %2:</b> %3</p>")
                        .arg(stockholmDate(addendum.createdUtc).toString(Qt::ISODate),
                            esc(doc.personName(addendum.authorId)),
                            paragraphs(clean(addendum.text)));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

void MinutesPdf::fill(QTextDocument &doc, const MinutesDocument &document, bool anonymize)
{
    doc.setHtml(html(document, anonymize));
}

void MinutesPdf::write(const MinutesDocument &document, const QString &path, bool anonymize)
{
    const QString title = QStringLiteral("Minnesanteckningar");
    // Approved minutes are public records the municipality keeps: the full
    // copy is written for the archive.
    if (anonymize || !document.closing.isApproved()) {
        PdfDocument::write(path, title, html(document, anonymize));
        return;
    }
    const QString forum
        = document.forumName.isEmpty() ? QStringLiteral("Möte") : document.forumName;
    const QString day = stockholmDate(document.meeting.startUtc).toString(Qt::ISODate);
    const QString approver = document.personName(document.closing.approvedById);
    const QString approved = stockholmDate(document.closing.approvedUtc).toString(Qt::ISODate);
    PdfArchiveRecord record;
    record.subject = QStringLiteral("%1, %2 %3, justerat av %4 %5")
                         .arg(document.unitName, forum, day, approver, approved);
    record.keywords = {QStringLiteral("Enhet: ") + document.unitName,
        QStringLiteral("Forum: ") + forum, QStringLiteral("Datum: ") + day,
        QStringLiteral("Justerat av: ") + approver, QStringLiteral("Justerat: ") + approved};
    record.createdUtc = QDateTime::currentDateTimeUtc();
    PdfDocument::writeForArchive(path, title, html(document, false), record);
}

} // namespace tf
