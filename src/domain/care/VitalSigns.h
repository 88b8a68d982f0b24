#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tf {

// Vakenhetsgrad on the ACVPU scale; NotAssessed while not measured.
enum class Alertness { NotAssessed, Alert, NewConfusion, Voice, Pain, Unresponsive };
QString alertnessKey(Alertness value); // "" for NotAssessed
Alertness alertnessFromKey(const QString &key);
QString alertnessLabel(Alertness value); // Swedish
const QList<Alertness> &allAlertness();

// The vital signs measured before an SBAR report, where the situation is
// measured: each one is optional. Temperature is kept in tenths of a degree
// so that 37,2 °C stays 37,2 on both engines.
struct VitalSigns
{
    std::optional<int> respiratoryRate; // andetag per minut
    std::optional<int> systolic; // mmHg
    std::optional<int> diastolic; // mmHg
    std::optional<int> pulse; // slag per minut
    Alertness alertness = Alertness::NotAssessed;
    std::optional<int> temperatureTenths; // °C × 10
    std::optional<int> saturation; // SpO₂ in per cent

    bool operator==(const VitalSigns &other) const;
    bool anyMeasured() const;
    // Empty when every value given is possible, else a Swedish message
    // naming the value and the range it must lie in.
    QString validationError() const;
    // "Andningsfrekvens 18/min, blodtryck 135/80 mmHg, …" in Swedish, or
    // "Ej mätt" when nothing was measured.
    QString summary() const;
};

// The plausible ranges, also for the form's spin boxes.
struct VitalRange
{
    int minimum;
    int maximum;
};
constexpr VitalRange kRespiratoryRateRange {4, 60};
constexpr VitalRange kSystolicRange {50, 260};
constexpr VitalRange kDiastolicRange {20, 160};
constexpr VitalRange kPulseRange {20, 250};
constexpr VitalRange kTemperatureTenthsRange {300, 430};
constexpr VitalRange kSaturationRange {50, 100};

} // namespace tf
