#include "services/scheduling/Kallelse.h"

#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/PdfDocument.h"
#include "services/Workspace.h"
#include "services/chair/MeetingGuests.h"
#include "services/chair/MeetingLeaders.h"
#include "storage/ClientRepository.h"
#include "storage/ClientUnitRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"

#include <QLocale>
#include <QTextDocument>

namespace tf {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}
} // namespace

Kallelse Kallelse::load(Workspace &workspace, qint64 meetingId)
{
    const auto meeting = workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet finns inte längre."));
    if (meeting->status == MeetingStatus::Cancelled)
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Mötet är inställt. En kallelse skrivs bara till möten som blir av."));
    auto personName = [&](qint64 id) {
        const auto person = id > 0 ? workspace.people().byId(id) : std::nullopt;
        return person ? person->name : QString();
    };
    Kallelse k;
    if (const auto forumTemplate = workspace.templates().byId(meeting->templateId))
        k.forum = forumTemplate->name;
    if (const auto unit = workspace.units().byId(meeting->unitId))
        k.unit = unit->name;
    k.startUtc = meeting->startUtc;
    k.minutes = meeting->minutes;
    k.place = meeting->location;
    k.chair = personName(meeting->chairId);
    for (const Participant &p : workspace.meetings().participants(meetingId)) {
        const auto person = workspace.people().byId(p.personId);
        Line line {person ? person->name : QString(), p.role};
        if (line.detail.isEmpty() && person)
            line.detail = person->profession.isEmpty() ? person->role : person->profession;
        if (p.attendance == Attendance::Absent) {
            const QString substitute = personName(p.substituteId);
            line.detail += substitute.isEmpty()
                ? QStringLiteral(" – förhinder")
                : QStringLiteral(" – förhinder, ersättare %1").arg(substitute);
        }
        if (p.adjunct) {
            if (p.invitedOn.isValid())
                line.detail
                    += QStringLiteral(" – inbjuden %1").arg(p.invitedOn.toString(Qt::ISODate));
            k.adjuncts << line;
        } else {
            k.participants << line;
        }
    }
    for (const NamedGuest &guest :
        MeetingGuests(workspace).of(meetingId, AccessPurpose::BeforeMeeting)) {
        (guest.guest.isExternal() ? k.externals : k.guests) << Line {guest.label,
            guest.guest.attendance == Attendance::Absent ? QStringLiteral("förhinder") : QString()};
    }
    k.leader = MeetingLeaders(workspace).of(meetingId).name;
    QHash<qint64, QString> clients;
    for (const Client &client :
        ClientUnitRepository(workspace.database()).namedByMeeting(meetingId))
        clients.insert(client.id, client.name);
    for (const AgendaItem &item : workspace.meetings().agendaItems(meetingId)) {
        k.agenda << Item {static_cast<int>(k.agenda.size()) + 1, item.title,
            clients.value(item.clientId), item.body, personName(item.raisedById)};
    }
    return k;
}

QString Kallelse::html() const
{
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QDateTime local = startUtc.toTimeZone(SeriesPlanner::stockholm());
    QString html
        = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 11pt\">");
    html += QStringLiteral("<h1>Kallelse – %1</h1>")
                .arg(esc(forum.isEmpty() ? QStringLiteral("möte") : forum));
    html += QStringLiteral("<table cellpadding=\"3\">");
    html += row(QStringLiteral("Forum"), forum);
    html += row(QStringLiteral("Enhet"), unit);
    html += row(QStringLiteral("Datum"),
        swedish.toString(local.date(), QStringLiteral("dddd d MMMM yyyy")));
    html += row(QStringLiteral("Tid"),
        QStringLiteral("%1–%2").arg(local.time().toString(QStringLiteral("HH:mm")),
            local.addSecs(minutes * 60).time().toString(QStringLiteral("HH:mm"))));
    html += row(QStringLiteral("Plats"), place.isEmpty() ? QStringLiteral("–") : place);
    html += row(QStringLiteral("Mötesansvarig"), chair.isEmpty() ? QStringLiteral("–") : chair);
    if (!leader.isEmpty() && leader != chair)
        html += row(QStringLiteral("Mötesledare"), leader);
    html += QStringLiteral("</table>");

    auto people = [&](const QString &heading, const QList<Line> &lines) {
        if (lines.isEmpty())
            return;
        html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(heading));
        for (const Line &line : lines)
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(esc(line.name),
                            line.detail.isEmpty() ? QString()
                                                  : QStringLiteral(", ") + esc(line.detail));
        html += QStringLiteral("</ul>");
    };
    people(QStringLiteral("Deltagare"), participants);
    people(QStringLiteral("Adjungerade"), adjuncts);
    people(QStringLiteral("Kund och anhöriga"), guests);
    people(QStringLiteral("Från andra organisationer"), externals);

    html += QStringLiteral("<h2>Dagordning</h2>");
    if (agenda.isEmpty())
        html += QStringLiteral("<p>Dagordningen är inte fylld ännu.</p>");
    for (const Item &item : agenda) {
        html += QStringLiteral("<p><b>%1. %2</b>").arg(item.number).arg(esc(item.title));
        if (!item.client.isEmpty() && !item.title.contains(item.client))
            html += QStringLiteral("<br>Kund: %1").arg(esc(item.client));
        if (!item.raisedBy.isEmpty())
            html += QStringLiteral("<br>Anmäld av: %1").arg(esc(item.raisedBy));
        if (!item.body.isEmpty())
            html += QStringLiteral("<br>%1").arg(
                esc(item.body).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<p><i>Har du förhinder? Meddela mötesansvarig och utse en ersättare. "
                           "Alla i teamet fyller på dagordningen före mötet.</i></p>");
    html += QStringLiteral("</body></html>");
    return html;
}

void Kallelse::fill(QTextDocument &document) const
{
    document.setHtml(html());
}

void Kallelse::writePdf(const QString &path) const
{
    PdfDocument::write(path, QStringLiteral("Kallelse"), html());
}

QString Kallelse::suggestedFileName() const
{
    const QDate date = startUtc.toTimeZone(SeriesPlanner::stockholm()).date();
    QString name = QStringLiteral("Kallelse %1 %2").arg(forum, date.toString(Qt::ISODate));
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return name + QStringLiteral(".pdf");
}

} // namespace tf
