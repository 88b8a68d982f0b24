#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tf {

// Who runs the care: the law keeps a municipality's personal files longer
// than a private provider's (enskild verksamhet).
enum class CareProvider { Municipal, Private };
QString careProviderKey(CareProvider provider); // "municipal", "private"
bool careProviderFromKey(const QString &key, CareProvider *provider);

// What the law on personal files asks of one client's data on a given day.
enum class RetentionDecision {
    Keep, // the obligation to purge has not arisen yet
    Purge, // it has: the data is to be purged by the deadline
    Preserve, // it has, but the person is kept for research (urvalsbevarande)
};

// The rule an organisation follows. The figures and the legal text are the
// organisation's configuration (resources/retention), not the program's.
struct RetentionRule
{
    int years = 5; // after the last entry about the person
    QString providerName; // "kommunal verksamhet", "enskild verksamhet"
    QString reference; // the legal reference, shown in reasons and protocols
    // People born on these days of a month are kept for research; a
    // samordningsnummer's day has 60 added and counts as the day without it.
    QList<int> researchBirthDays;
    QString researchReference; // where the research selection is decided
};

struct RetentionVerdict
{
    RetentionDecision decision = RetentionDecision::Keep;
    QDate dueDate; // when the obligation to purge arises
    QDate deadline; // 31 December of the year after dueDate
    QString reason; // one Swedish sentence
};

// Swedish time reckoning: the same date `years` on, or the last day of that
// month where the date does not exist (29 February becomes 28 February).
QDate sameDateYearsOn(const QDate &date, int years);

// The day of the month a personnummer or samordningsnummer ("YYYYMMDD-NNNN",
// as validatePersonnummer normalises it) gives as the birth day.
int birthDayOf(const QString &normalizedPersonnummer);

// The decision for one person whose newest entry, across all data kept
// about them, is lastEntry (<= asOf).
RetentionVerdict decideRetention(const RetentionRule &rule, const QString &normalizedPersonnummer,
    const QDate &lastEntry, const QDate &asOf);

QString retentionDecisionKey(RetentionDecision decision); // "keep", "purge", "preserve"

} // namespace tf
