#include "domain/care/VitalSigns.h"

#include <QList>
#include <QStringList>

namespace tf {

namespace {
struct AlertnessText
{
    Alertness value;
    const char *key;
    const char *label;
};
const AlertnessText kAlertness[] = {
    {Alertness::NotAssessed, "", "Ej bedömd"},
    {Alertness::Alert, "A", "A – vaken"},
    {Alertness::NewConfusion, "C", "C – nytillkommen förvirring"},
    {Alertness::Voice, "V", "V – reagerar på tilltal"},
    {Alertness::Pain, "P", "P – reagerar på smärta"},
    {Alertness::Unresponsive, "U", "U – reagerar inte"},
};

const AlertnessText &find(Alertness value)
{
    for (const auto &entry : kAlertness) {
        if (entry.value == value)
            return entry;
    }
    return kAlertness[0];
}

QString outOfRange(const char *what, const VitalRange &range, const char *unit)
{
    return QStringLiteral("%1 ska vara mellan %2 och %3 %4. Kontrollera värdet.")
        .arg(QString::fromUtf8(what))
        .arg(range.minimum)
        .arg(range.maximum)
        .arg(QString::fromUtf8(unit));
}

bool outside(const std::optional<int> &value, const VitalRange &range)
{
    return value && (*value < range.minimum || *value > range.maximum);
}

QString celsius(int tenths)
{
    return QStringLiteral("%1,%2").arg(tenths / 10).arg(tenths % 10);
}
} // namespace

QString alertnessKey(Alertness value)
{
    return QString::fromLatin1(find(value).key);
}

Alertness alertnessFromKey(const QString &key)
{
    for (const auto &entry : kAlertness) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return Alertness::NotAssessed;
}

QString alertnessLabel(Alertness value)
{
    return QString::fromUtf8(find(value).label);
}

const QList<Alertness> &allAlertness()
{
    static const QList<Alertness> all {Alertness::NotAssessed, Alertness::Alert,
        Alertness::NewConfusion, Alertness::Voice, Alertness::Pain, Alertness::Unresponsive};
    return all;
}

bool VitalSigns::operator==(const VitalSigns &other) const
{
    return respiratoryRate == other.respiratoryRate && systolic == other.systolic
        && diastolic == other.diastolic && pulse == other.pulse && alertness == other.alertness
        && temperatureTenths == other.temperatureTenths && saturation == other.saturation;
}

bool VitalSigns::anyMeasured() const
{
    return respiratoryRate || systolic || diastolic || pulse || alertness != Alertness::NotAssessed
        || temperatureTenths || saturation;
}

QString VitalSigns::validationError() const
{
    if (outside(respiratoryRate, kRespiratoryRateRange))
        return outOfRange("Andningsfrekvensen", kRespiratoryRateRange, "andetag per minut");
    if (systolic.has_value() != diastolic.has_value())
        return QStringLiteral("Skriv blodtrycket med både övertryck och undertryck, "
                              "till exempel 135/80.");
    if (outside(systolic, kSystolicRange))
        return outOfRange("Det systoliska blodtrycket (övertrycket)", kSystolicRange, "mmHg");
    if (outside(diastolic, kDiastolicRange))
        return outOfRange("Det diastoliska blodtrycket (undertrycket)", kDiastolicRange, "mmHg");
    if (systolic && *systolic <= *diastolic)
        return QStringLiteral("Övertrycket (%1) ska vara högre än undertrycket (%2). "
                              "Kontrollera blodtrycket.")
            .arg(*systolic)
            .arg(*diastolic);
    if (outside(pulse, kPulseRange))
        return outOfRange("Pulsen", kPulseRange, "slag per minut");
    if (outside(temperatureTenths, kTemperatureTenthsRange))
        return QStringLiteral("Temperaturen ska vara mellan 30,0 och 43,0 °C. "
                              "Kontrollera värdet.");
    if (outside(saturation, kSaturationRange))
        return outOfRange("Saturationen", kSaturationRange, "%");
    return {};
}

QString VitalSigns::summary() const
{
    QStringList parts;
    if (respiratoryRate)
        parts << QStringLiteral("Andningsfrekvens %1/min").arg(*respiratoryRate);
    if (systolic && diastolic)
        parts << QStringLiteral("blodtryck %1/%2 mmHg").arg(*systolic).arg(*diastolic);
    if (pulse)
        parts << QStringLiteral("puls %1/min").arg(*pulse);
    if (alertness != Alertness::NotAssessed)
        parts << QStringLiteral("vakenhetsgrad %1").arg(alertnessLabel(alertness));
    if (temperatureTenths)
        parts << QStringLiteral("temperatur %1 °C").arg(celsius(*temperatureTenths));
    if (saturation)
        parts << QStringLiteral("saturation %1 %").arg(*saturation);
    if (parts.isEmpty())
        return QStringLiteral("Ej mätt");
    QString text = parts.join(QStringLiteral(", "));
    text[0] = text[0].toUpper();
    return text;
}

} // namespace tf
