#include "services/care/SbarPdf.h"

#include "domain/Client.h"
#include "services/PdfDocument.h"

#include <QTimeZone>

namespace tf {

namespace {
QString block(const QString &title, const QString &text)
{
    return QStringLiteral("<h3>%1</h3><p>%2</p>")
        .arg(title.toHtmlEscaped(),
            text.trimmed().isEmpty()
                ? QStringLiteral("–")
                : text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}
} // namespace

QString SbarPdf::html(const SbarReport &report, const Client &client, const QString &senderName)
{
    const QDateTime local
        = (report.createdUtc.isValid() ? report.createdUtc : QDateTime::currentDateTimeUtc())
              .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")));
    QString html = QStringLiteral("<h1>SBAR</h1><p>Vid akut livshotande tillstånd: ring 112 "
                                  "först.</p><table cellpadding=\"3\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(QStringLiteral("Kund"), QStringLiteral("%1, %2").arg(client.name, client.personnummer));
    row(QStringLiteral("Från"), senderName);
    row(QStringLiteral("Till"), report.receiver);
    row(QStringLiteral("Datum"), local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    row(QStringLiteral("Önskad handläggningstid"), handlingTimeLabel(report.handlingTime));
    html += QStringLiteral("</table>");
    html += block(QStringLiteral("S – Situation"), report.situation);
    html += block(QStringLiteral("B – Bakgrund"), report.background);
    html += block(QStringLiteral("A – Aktuellt tillstånd (och bedömning)"), report.currentState);
    html += block(QStringLiteral("R – Rekommendation"), report.recommendation);
    html += block(QStringLiteral("Svar"), report.reply);
    html += QStringLiteral("<p>Mottagaren har bekräftat (läst tillbaka): %1</p>")
                .arg(report.readBack ? QStringLiteral("ja") : QStringLiteral("nej"));
    return html;
}

void SbarPdf::write(
    const SbarReport &report, const Client &client, const QString &senderName, const QString &path)
{
    PdfDocument::write(path, QStringLiteral("SBAR"), html(report, client, senderName));
}

} // namespace tf
