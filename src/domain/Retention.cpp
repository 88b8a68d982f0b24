#include "domain/Retention.h"

namespace tf {

QString careProviderKey(CareProvider provider)
{
    return provider == CareProvider::Private ? QStringLiteral("private")
                                             : QStringLiteral("municipal");
}

bool careProviderFromKey(const QString &key, CareProvider *provider)
{
    for (CareProvider known : {CareProvider::Municipal, CareProvider::Private}) {
        if (careProviderKey(known) == key) {
            *provider = known;
            return true;
        }
    }
    return false;
}

QDate sameDateYearsOn(const QDate &date, int years)
{
    // QDate::addYears gives the last valid day of the month when the date
    // does not exist in the target year, which is the Swedish reckoning.
    return date.addYears(years);
}

int birthDayOf(const QString &normalizedPersonnummer)
{
    const int day = normalizedPersonnummer.mid(6, 2).toInt();
    return day > 60 ? day - 60 : day;
}

RetentionVerdict decideRetention(const RetentionRule &rule, const QString &normalizedPersonnummer,
    const QDate &lastEntry, const QDate &asOf)
{
    RetentionVerdict verdict;
    verdict.dueDate = sameDateYearsOn(lastEntry, rule.years);
    verdict.deadline = QDate(verdict.dueDate.year() + 1, 12, 31);
    const QString due = verdict.dueDate.toString(Qt::ISODate);
    const QString deadline = verdict.deadline.toString(Qt::ISODate);
    const QString basis
        = QStringLiteral("%1 år efter sista anteckningen (%2, %3 enligt %4)")
              .arg(rule.years)
              .arg(lastEntry.toString(Qt::ISODate), rule.providerName, rule.reference);
    if (asOf < verdict.dueDate) {
        verdict.decision = RetentionDecision::Keep;
        verdict.reason = QStringLiteral("Uppgifterna sparas: gallringsskyldigheten inträder %1, "
                                        "%2.")
                             .arg(due, basis);
        return verdict;
    }
    if (rule.researchBirthDays.contains(birthDayOf(normalizedPersonnummer))) {
        verdict.decision = RetentionDecision::Preserve;
        verdict.reason = QStringLiteral("Gallringsskyldigheten inträdde %1, %2, men personen är "
                                        "född dag %3 och uppgifterna bevaras för forskning "
                                        "(%4): de lämnas till arkivet och gallras inte.")
                             .arg(due, basis, QString::number(birthDayOf(normalizedPersonnummer)),
                                 rule.researchReference);
        return verdict;
    }
    verdict.decision = RetentionDecision::Purge;
    verdict.reason = QStringLiteral("Uppgifterna ska gallras: gallringsskyldigheten inträdde %1, "
                                    "%2, och gallringen ska vara avslutad senast %3.")
                         .arg(due, basis, deadline);
    return verdict;
}

QString retentionDecisionKey(RetentionDecision decision)
{
    switch (decision) {
    case RetentionDecision::Keep:
        return QStringLiteral("keep");
    case RetentionDecision::Purge:
        return QStringLiteral("purge");
    case RetentionDecision::Preserve:
        return QStringLiteral("preserve");
    }
    return {};
}

} // namespace tf
