#include "services/care/SbarPdf.h"

#include "domain/Client.h"
#include "services/PdfDocument.h"

#include <QTimeZone>

namespace tf {

namespace {
QString escaped(const QString &text)
{
    return text.trimmed().isEmpty()
        ? QStringLiteral("–")
        : text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString block(const QString &title, const QString &text)
{
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), escaped(text));
}

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString nameAndProfession(const QString &name, const QString &profession)
{
    return profession.trimmed().isEmpty() ? name : QStringLiteral("%1, %2").arg(name, profession);
}

class Table
{
public:
    void row(const QString &label, const QString &value)
    {
        m_html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                      .arg(label.toHtmlEscaped(), escaped(value));
    }
    QString html() const
    {
        return QStringLiteral("<table cellpadding=\"3\">") + m_html + QStringLiteral("</table>");
    }

private:
    QString m_html;
};

QString vitalsTable(const VitalSigns &v)
{
    const auto number = [](const std::optional<int> &value, const QString &unit) {
        return value ? QStringLiteral("%1 %2").arg(*value).arg(unit) : QStringLiteral("Ej mätt");
    };
    Table table;
    table.row(
        QStringLiteral("Andningsfrekvens"), number(v.respiratoryRate, QStringLiteral("/min")));
    table.row(QStringLiteral("Blodtryck"),
        v.systolic && v.diastolic ? QStringLiteral("%1/%2 mmHg").arg(*v.systolic).arg(*v.diastolic)
                                  : QStringLiteral("Ej mätt"));
    table.row(QStringLiteral("Puls"), number(v.pulse, QStringLiteral("/min")));
    table.row(QStringLiteral("Vakenhetsgrad"),
        v.alertness == Alertness::NotAssessed ? QStringLiteral("Ej bedömd")
                                              : alertnessLabel(v.alertness));
    table.row(QStringLiteral("Temperatur"),
        v.temperatureTenths ? QStringLiteral("%1,%2 °C")
                                  .arg(*v.temperatureTenths / 10)
                                  .arg(*v.temperatureTenths % 10)
                            : QStringLiteral("Ej mätt"));
    table.row(QStringLiteral("Saturation"), number(v.saturation, QStringLiteral("%")));
    return table.html();
}
} // namespace

QString SbarPdf::fieldsHtml(
    const SbarReport &report, const Client &client, const QString &senderName)
{
    const QDateTime local
        = (report.createdUtc.isValid() ? report.createdUtc : QDateTime::currentDateTimeUtc())
              .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")));
    Table head;
    head.row(QStringLiteral("Namn och personnummer"),
        QStringLiteral("%1, %2").arg(client.name, client.personnummer));
    head.row(
        QStringLiteral("Kontaktuppgifter till närstående/företrädare"), report.relativeContact);
    head.row(QStringLiteral("Hälsocentral/sjukstuga/vårdavdelning"), report.healthCentre);
    head.row(QStringLiteral("Ansvarig läkare"), report.responsibleDoctor);
    head.row(QStringLiteral("Aktuell läkemedelslista"), formAnswerLabel(report.medicationList));
    head.row(QStringLiteral("Provtagningsremiss/etikett"), formAnswerLabel(report.sampleReferral));
    head.row(QStringLiteral("Samtycke inhämtat"),
        report.consentDate.isValid()
            ? QStringLiteral("%1, datum %2")
                  .arg(formAnswerLabel(report.consentObtained), day(report.consentDate))
            : formAnswerLabel(report.consentObtained));
    head.row(QStringLiteral("Datum för informationsöverföring"),
        local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    head.row(QStringLiteral("Namn och profession"),
        nameAndProfession(
            report.senderName.isEmpty() ? senderName : report.senderName, report.senderProfession));
    head.row(QStringLiteral("Till"), report.receiver);

    QString html = head.html();
    html += block(QStringLiteral("S – Situation och anledning till kontakt"), report.situation);
    html += block(
        QStringLiteral("B – Bakgrund, kortfattad relevant helhetsbild"), report.background);
    html += block(QStringLiteral("A – Aktuellt tillstånd/status"), report.currentState);
    html += QStringLiteral("<h3>Vitalparametrar</h3>") + vitalsTable(report.vitals);
    html += block(QStringLiteral("R – Rekommendation/åtgärd"), report.recommendation);
    html += block(QStringLiteral("Hur ofta, länge, när (vid behov)"), report.frequency);
    html += block(QStringLiteral("Läkarordination (vid behov)"), report.doctorOrder);
    Table handling;
    handling.row(QStringLiteral("Önskad handläggningstid"), handlingTimeLabel(report.handlingTime));
    html += handling.html();
    html += block(
        QStringLiteral("Återrapportering från kommunens hälso- och sjukvård"), report.reply);
    Table feedback;
    feedback.row(QStringLiteral("Datum för återrapportering"), day(report.feedbackDate));
    feedback.row(QStringLiteral("Namn och profession (återrapportering)"), report.feedbackBy);
    feedback.row(QStringLiteral("Mottagaren har bekräftat (läst tillbaka)"),
        report.readBack ? QStringLiteral("Ja") : QStringLiteral("Nej"));
    html += feedback.html();
    return html;
}

QString SbarPdf::html(const SbarReport &report, const Client &client, const QString &senderName)
{
    return QStringLiteral("<h1>SBAR för informationsöverföring</h1><p>Bilaga 2. Vid akut "
                          "livshotande tillstånd: ring 112 först.</p>")
        + fieldsHtml(report, client, senderName);
}

void SbarPdf::write(
    const SbarReport &report, const Client &client, const QString &senderName, const QString &path)
{
    PdfDocument::write(path, QStringLiteral("SBAR"), html(report, client, senderName));
}

} // namespace tf
