#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tf {

// The categories the record system sorts avvikelser by (seed 003).
enum class DeviationCategory {
    Fall,
    Medication,
    Aids,
    CareAndTreatment,
    Conduct,
    ServiceShortfall,
    Other
};
const QList<DeviationCategory> &deviationCategories();
// Stable keys: fall, lakemedel, hjalpmedel, vard_och_behandling, bemotande,
// brister_i_insats, annat.
QString deviationCategoryKey(DeviationCategory category);
// Swedish: Fall, Läkemedel, Hjälpmedel, Vård och behandling, Bemötande,
// Brister i insats, Annat.
QString deviationCategoryLabel(DeviationCategory category);
// A key or a label, compared without case and surrounding space (as a record
// system's export writes them); false for anything else.
bool deviationCategoryFromText(const QString &text, DeviationCategory *category);

// How serious the event was, from a risk of harm to a serious harm (which
// the MAS weighs for lex Maria or lex Sarah).
enum class DeviationSeverity { Risk, Minor, Moderate, Serious };
const QList<DeviationSeverity> &deviationSeverities();
QString deviationSeverityKey(DeviationSeverity severity); // risk, lindrig, mattlig, allvarlig
// Swedish: Risk för skada, Lindrig, Måttlig, Allvarlig.
QString deviationSeverityLabel(DeviationSeverity severity);
bool deviationSeverityFromText(const QString &text, DeviationSeverity *severity);

// Where the deviation's investigation stands.
enum class DeviationStatus { Registered, Investigating, ActionsTaken, Closed };
const QList<DeviationStatus> &deviationStatuses();
// registrerad, utreds, atgardad, avslutad
QString deviationStatusKey(DeviationStatus status);
// Swedish: Registrerad, Utreds, Åtgärdad, Avslutad.
QString deviationStatusLabel(DeviationStatus status);
bool deviationStatusFromText(const QString &text, DeviationStatus *status);

// One avvikelse as the meeting sees it: no client is named, the description
// is short and general.
struct Deviation
{
    qint64 id = 0;
    qint64 unitId = 0;
    QDate occurredOn;
    DeviationCategory category = DeviationCategory::Other;
    DeviationSeverity severity = DeviationSeverity::Risk;
    QString description;
    DeviationStatus status = DeviationStatus::Registered;
    // The record system's number for it, so a new import updates it; empty
    // for one registered here.
    QString externalId;
};

// The longest description kept.
constexpr int kDeviationDescriptionMax = 500;

} // namespace tf
