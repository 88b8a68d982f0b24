#include "domain/care/RiskCarePlan.h"

#include "domain/care/RiskAssessment.h"

#include <algorithm>

namespace tf {

namespace {
const QString kTitlePrefix = QStringLiteral("Vårdplan: ");
}

RiskPlanState riskPlanState(const RiskAssessment &assessment, const QList<CareMeasure> &measures)
{
    const bool any = std::any_of(measures.cbegin(), measures.cend(),
        [&](const CareMeasure &m) { return m.assessmentId == assessment.id; });
    if (!any)
        return assessment.complete && assessment.result.risk ? RiskPlanState::Missing
                                                             : RiskPlanState::NotNeeded;
    const bool open = std::any_of(measures.cbegin(), measures.cend(),
        [&](const CareMeasure &m) { return m.assessmentId == assessment.id && m.isOpen(); });
    return open ? RiskPlanState::Open : RiskPlanState::FollowedUp;
}

QString riskPlanStateLabel(RiskPlanState state)
{
    switch (state) {
    case RiskPlanState::NotNeeded:
        return {};
    case RiskPlanState::Missing:
        return QStringLiteral("Vårdplan saknas");
    case RiskPlanState::Open:
        return QStringLiteral("Vårdplan pågår");
    case RiskPlanState::FollowedUp:
        return QStringLiteral("Vårdplan uppföljd");
    }
    return {};
}

QString riskPlanStateKey(RiskPlanState state)
{
    switch (state) {
    case RiskPlanState::NotNeeded:
        return QStringLiteral("not_needed");
    case RiskPlanState::Missing:
        return QStringLiteral("missing");
    case RiskPlanState::Open:
        return QStringLiteral("open");
    case RiskPlanState::FollowedUp:
        return QStringLiteral("followed_up");
    }
    return {};
}

QString riskPlanSummary(RiskPlanState state, const QList<CareMeasure> &measures)
{
    QDate next, last;
    int open = 0;
    for (const CareMeasure &measure : measures) {
        if (measure.isOpen()) {
            ++open;
            if (!next.isValid() || measure.followUpOn < next)
                next = measure.followUpOn;
        } else if (!last.isValid() || measure.followedUpOn > last) {
            last = measure.followedUpOn;
        }
    }
    switch (state) {
    case RiskPlanState::Open:
        return QStringLiteral("Vårdplan: %1 %2, uppföljning %3")
            .arg(open)
            .arg(open == 1 ? QStringLiteral("åtgärd") : QStringLiteral("åtgärder"),
                next.toString(Qt::ISODate));
    case RiskPlanState::FollowedUp:
        return QStringLiteral("Vårdplan uppföljd %1").arg(last.toString(Qt::ISODate));
    default:
        return riskPlanStateLabel(state);
    }
}

QString careMeasureProblem(const CareMeasure &measure, const QDate &assessedOn)
{
    if (measure.what.trimmed().isEmpty())
        return QStringLiteral("Skriv vad som ska göras.");
    if (measure.responsibleId == 0)
        return QStringLiteral("Välj vem som ansvarar för åtgärden \"%1\".")
            .arg(measure.what.trimmed());
    if (!measure.followUpOn.isValid())
        return QStringLiteral("Ange när åtgärden \"%1\" ska följas upp.")
            .arg(measure.what.trimmed());
    if (assessedOn.isValid() && measure.followUpOn < assessedOn)
        return QStringLiteral("Uppföljningen av \"%1\" kan inte vara före bedömningen (%2).")
            .arg(measure.what.trimmed(), assessedOn.toString(Qt::ISODate));
    if (assessedOn.isValid() && measure.followUpOn > assessedOn.addYears(1))
        return QStringLiteral("Uppföljningen av \"%1\" ska vara inom ett år från bedömningen.")
            .arg(measure.what.trimmed());
    return {};
}

bool riskPlanComesUpAt(
    const QList<CareMeasure> &measures, const QDate &meetingDay, const QDate &previousMeetingDay)
{
    for (const CareMeasure &measure : measures) {
        const bool first = measure.createdOn.isValid() && meetingDay >= measure.createdOn
            && (!previousMeetingDay.isValid() || previousMeetingDay < measure.createdOn);
        if (first)
            return true;
        // Followed up on or after this meeting's day: it was still open here.
        const bool openHere = measure.isOpen() || measure.followedUpOn >= meetingDay;
        if (openHere && measure.followUpOn.isValid() && meetingDay >= measure.followUpOn)
            return true;
    }
    return false;
}

QString riskPlanItemTitle(const QString &area, const QDate &assessedOn)
{
    return QStringLiteral("%1%2, bedömning %3")
        .arg(kTitlePrefix, area, assessedOn.toString(Qt::ISODate));
}

bool isRiskPlanItemTitle(const QString &title)
{
    return title.startsWith(kTitlePrefix);
}

QString riskPlanItemText(
    const QList<CareMeasure> &measures, const std::function<QString(qint64)> &personName)
{
    QStringList lines;
    for (const CareMeasure &measure : measures) {
        QString line = QStringLiteral("%1 – %2, uppföljning %3")
                           .arg(measure.what, personName(measure.responsibleId),
                               measure.followUpOn.toString(Qt::ISODate));
        if (!measure.isOpen())
            line
                += QStringLiteral(" (uppföljd %1)").arg(measure.followedUpOn.toString(Qt::ISODate));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tf
