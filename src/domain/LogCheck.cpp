#include "domain/LogCheck.h"

namespace tf {

QString checkReasonKey(CheckReason reason)
{
    return reason == CheckReason::NoCareRelation ? QStringLiteral("no_care_relation")
                                                 : QStringLiteral("sample");
}

bool checkReasonFromKey(const QString &key, CheckReason *reason)
{
    for (const CheckReason candidate : {CheckReason::NoCareRelation, CheckReason::Sample}) {
        if (checkReasonKey(candidate) == key) {
            *reason = candidate;
            return true;
        }
    }
    return false;
}

QString checkReasonLabel(CheckReason reason)
{
    return reason == CheckReason::NoCareRelation ? QStringLiteral("Utan vårdrelation")
                                                 : QStringLiteral("Stickprov");
}

QString checkJudgementKey(CheckJudgement judgement)
{
    return judgement == CheckJudgement::NoRemark ? QStringLiteral("no_remark")
                                                 : QStringLiteral("investigate");
}

bool checkJudgementFromKey(const QString &key, CheckJudgement *judgement)
{
    for (const CheckJudgement candidate : {CheckJudgement::NoRemark, CheckJudgement::Investigate}) {
        if (checkJudgementKey(candidate) == key) {
            *judgement = candidate;
            return true;
        }
    }
    return false;
}

QString checkJudgementLabel(CheckJudgement judgement)
{
    return judgement == CheckJudgement::NoRemark ? QStringLiteral("Utan anmärkning")
                                                 : QStringLiteral("Utreds");
}

} // namespace tf
