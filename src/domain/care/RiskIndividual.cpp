#include "domain/care/RiskIndividual.h"

#include "domain/care/RiskAssessment.h"

#include <QSet>
#include <QTimeZone>

namespace tf {

QStringList riskIndividualReasons(
    const QList<RiskAssessment> &history, const QDate &dischargedOn, const QDate &meetingDay)
{
    QStringList reasons;
    QSet<QString> seen;
    for (const RiskAssessment &a : history) {
        if (!a.complete || seen.contains(a.instrument))
            continue; // only the latest complete one of each instrument counts
        seen.insert(a.instrument);
        if (!a.result.risk)
            continue;
        const RiskInstrument *instrument = findRiskInstrument(a.instrument);
        const QDate day = a.assessedUtc.toTimeZone(QTimeZone("Europe/Stockholm")).date();
        reasons << (instrument
                ? QStringLiteral("%1: %2 enligt %3 %4")
                      .arg(instrument->area, instrument->levelLabel(a.result.level).toLower(),
                          instrument->name, day.toString(Qt::ISODate))
                : QStringLiteral("%1: risk %2").arg(a.instrument, day.toString(Qt::ISODate)));
    }
    if (dischargedOn.isValid() && dischargedOn <= meetingDay
        && dischargedOn.daysTo(meetingDay) <= kHospitalStayDays)
        reasons
            << QStringLiteral("Hemkommen från sjukhus %1").arg(dischargedOn.toString(Qt::ISODate));
    return reasons;
}

} // namespace tf
