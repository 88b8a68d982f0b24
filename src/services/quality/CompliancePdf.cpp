#include "services/quality/CompliancePdf.h"

#include "services/PdfDocument.h"

#include <QLocale>

namespace tf {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A bar of share (0–1) as a one-row table: drawn, not an image, so it
// prints sharp and the number beside it says the same.
QString bar(double share)
{
    const int filled = qBound(0, qRound(share * 100), 100);
    if (filled == 0)
        return QString();
    QString cells = QStringLiteral("<td width=\"%1%\" bgcolor=\"#3465a4\">&nbsp;</td>").arg(filled);
    if (filled < 100)
        cells += QStringLiteral("<td width=\"%1%\"></td>").arg(100 - filled);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1</tr>"
                          "</table>")
        .arg(cells);
}

QString heldText(const ForumCompliance &forum)
{
    if (forum.onDemand)
        return QStringLiteral("%1 (vid behov)").arg(forum.held);
    if (!forum.ranFrom.isValid())
        return QStringLiteral("%1 (hölls inte)").arg(forum.held);
    return QStringLiteral("%1 av %2 (%3)")
        .arg(forum.held)
        .arg(forum.expected)
        .arg(
            percentLabel(forum.expected ? std::optional<double>(double(forum.held) / forum.expected)
                                        : std::nullopt));
}

QString forumRow(const ForumCompliance &forum)
{
    const double share = forum.expected ? double(forum.held) / forum.expected : 0.0;
    const std::optional<double> approvedShare = forum.held
        ? std::optional<double>(double(forum.approvedWithinWeek) / forum.held)
        : std::nullopt;
    return QStringLiteral("<tr><td width=\"22%\">%1</td><td width=\"18%\">%2</td>"
                          "<td width=\"20%\">%3</td><td width=\"10%\">%4</td>"
                          "<td width=\"10%\">%5</td><td width=\"20%\">%6</td></tr>")
        .arg(escaped(forum.name), heldText(forum), forum.expected ? bar(share) : QString(),
            QString::number(forum.cancelled), percentLabel(forum.attendanceRate()),
            forum.held ? QStringLiteral("%1 (%2)")
                             .arg(forum.approvedWithinWeek)
                             .arg(percentLabel(approvedShare))
                       : QStringLiteral("–"));
}

QString unitSection(const UnitCompliance &unit)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(escaped(unit.name), escaped(serviceTypeDisplayName(unit.serviceType)));
    html += QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
        "<th align=\"left\">Forum</th><th align=\"left\">Hållna enligt rutinen</th>"
        "<th align=\"left\">Andel</th><th align=\"left\">Inställda</th>"
        "<th align=\"left\">Närvaro</th><th align=\"left\">Justerade inom en vecka</th>"
        "</tr></thead>");
    for (const ForumCompliance &forum : unit.forums)
        html += forumRow(forum);
    html += QStringLiteral("</table>");
    const ActionCompliance &actions = unit.actions;
    html += QStringLiteral("<p>Åtgärder beslutade under året: %1; klara i tid %2, klara sent %3, "
                           "försenade och öppna %4, öppna ej förfallna %5, ångrade %6.</p>")
                .arg(actions.decided)
                .arg(actions.doneOnTime)
                .arg(actions.doneLate)
                .arg(actions.overdue)
                .arg(actions.open)
                .arg(actions.cancelled);
    html += QStringLiteral("<p>Riskbedömningar: %1 av %2 kunder saknade en aktuell bedömning "
                           "vid årets slut.</p>")
                .arg(unit.clientsAssessmentMissing)
                .arg(unit.clientsCurrent);
    html += QStringLiteral("<p>Loggkontroller: %1 av %2 månader.</p>")
                .arg(unit.logChecksDone)
                .arg(unit.logChecksExpected);
    return html;
}
} // namespace

QString CompliancePdf::html(const ComplianceReport &report)
{
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QString html = QStringLiteral("<h1>Uppföljning av mötesrutinen %1</h1>"
                                  "<p>Underlag till patientsäkerhetsberättelsen. Räknat till och "
                                  "med %2. Möten som hölls: påbörjade, avslutade eller "
                                  "justerade. Närvaro: kallade deltagare som var där eller "
                                  "ersattes, av dem vars närvaro noterades.</p>")
                       .arg(report.year)
                       .arg(swedish.toString(report.asOf, QStringLiteral("d MMMM yyyy")));
    for (const UnitCompliance &unit : report.units)
        html += unitSection(unit);
    return html;
}

void CompliancePdf::write(const ComplianceReport &report, const QString &path)
{
    PdfDocument::write(
        path, QStringLiteral("Uppföljning av mötesrutinen %1").arg(report.year), html(report));
}

} // namespace tf
