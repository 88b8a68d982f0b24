#include "domain/quality/Deviation.h"

namespace tf {

namespace {
QString folded(const QString &text)
{
    return text.simplified().toLower();
}

template <typename T>
bool fromText(
    const QList<T> &all, QString (*key)(T), QString (*label)(T), const QString &text, T *value)
{
    const QString wanted = folded(text);
    for (T candidate : all) {
        if (key(candidate) == wanted || folded(label(candidate)) == wanted) {
            *value = candidate;
            return true;
        }
    }
    return false;
}
} // namespace

const QList<DeviationCategory> &deviationCategories()
{
    static const QList<DeviationCategory> all = {DeviationCategory::Fall,
        DeviationCategory::Medication, DeviationCategory::Aids, DeviationCategory::CareAndTreatment,
        DeviationCategory::Conduct, DeviationCategory::ServiceShortfall, DeviationCategory::Other};
    return all;
}

QString deviationCategoryKey(DeviationCategory category)
{
    switch (category) {
    case DeviationCategory::Fall:
        return QStringLiteral("fall");
    case DeviationCategory::Medication:
        return QStringLiteral("lakemedel");
    case DeviationCategory::Aids:
        return QStringLiteral("hjalpmedel");
    case DeviationCategory::CareAndTreatment:
        return QStringLiteral("vard_och_behandling");
    case DeviationCategory::Conduct:
        return QStringLiteral("bemotande");
    case DeviationCategory::ServiceShortfall:
        return QStringLiteral("brister_i_insats");
    case DeviationCategory::Other:
        return QStringLiteral("annat");
    }
    return {};
}

QString deviationCategoryLabel(DeviationCategory category)
{
    switch (category) {
    case DeviationCategory::Fall:
        return QStringLiteral("Fall");
    case DeviationCategory::Medication:
        return QStringLiteral("Läkemedel");
    case DeviationCategory::Aids:
        return QStringLiteral("Hjälpmedel");
    case DeviationCategory::CareAndTreatment:
        return QStringLiteral("Vård och behandling");
    case DeviationCategory::Conduct:
        return QStringLiteral("Bemötande");
    case DeviationCategory::ServiceShortfall:
        return QStringLiteral("Brister i insats");
    case DeviationCategory::Other:
        return QStringLiteral("Annat");
    }
    return {};
}

bool deviationCategoryFromText(const QString &text, DeviationCategory *category)
{
    return fromText(
        deviationCategories(), deviationCategoryKey, deviationCategoryLabel, text, category);
}

const QList<DeviationSeverity> &deviationSeverities()
{
    static const QList<DeviationSeverity> all = {DeviationSeverity::Risk, DeviationSeverity::Minor,
        DeviationSeverity::Moderate, DeviationSeverity::Serious};
    return all;
}

QString deviationSeverityKey(DeviationSeverity severity)
{
    switch (severity) {
    case DeviationSeverity::Risk:
        return QStringLiteral("risk");
    case DeviationSeverity::Minor:
        return QStringLiteral("lindrig");
    case DeviationSeverity::Moderate:
        return QStringLiteral("mattlig");
    case DeviationSeverity::Serious:
        return QStringLiteral("allvarlig");
    }
    return {};
}

QString deviationSeverityLabel(DeviationSeverity severity)
{
    switch (severity) {
    case DeviationSeverity::Risk:
        return QStringLiteral("Risk för skada");
    case DeviationSeverity::Minor:
        return QStringLiteral("Lindrig");
    case DeviationSeverity::Moderate:
        return QStringLiteral("Måttlig");
    case DeviationSeverity::Serious:
        return QStringLiteral("Allvarlig");
    }
    return {};
}

bool deviationSeverityFromText(const QString &text, DeviationSeverity *severity)
{
    return fromText(
        deviationSeverities(), deviationSeverityKey, deviationSeverityLabel, text, severity);
}

const QList<DeviationStatus> &deviationStatuses()
{
    static const QList<DeviationStatus> all = {DeviationStatus::Registered,
        DeviationStatus::Investigating, DeviationStatus::ActionsTaken, DeviationStatus::Closed};
    return all;
}

QString deviationStatusKey(DeviationStatus status)
{
    switch (status) {
    case DeviationStatus::Registered:
        return QStringLiteral("registrerad");
    case DeviationStatus::Investigating:
        return QStringLiteral("utreds");
    case DeviationStatus::ActionsTaken:
        return QStringLiteral("atgardad");
    case DeviationStatus::Closed:
        return QStringLiteral("avslutad");
    }
    return {};
}

QString deviationStatusLabel(DeviationStatus status)
{
    switch (status) {
    case DeviationStatus::Registered:
        return QStringLiteral("Registrerad");
    case DeviationStatus::Investigating:
        return QStringLiteral("Utreds");
    case DeviationStatus::ActionsTaken:
        return QStringLiteral("Åtgärdad");
    case DeviationStatus::Closed:
        return QStringLiteral("Avslutad");
    }
    return {};
}

bool deviationStatusFromText(const QString &text, DeviationStatus *status)
{
    return fromText(deviationStatuses(), deviationStatusKey, deviationStatusLabel, text, status);
}

} // namespace tf
