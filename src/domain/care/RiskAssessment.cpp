#include "domain/care/RiskAssessment.h"

namespace tf {

bool assessRisk(RiskAssessment *assessment, QString *error)
{
    const RiskInstrument *instrument = findRiskInstrument(assessment->instrument);
    if (!instrument) {
        *error = QStringLiteral("Okänt instrument \"%1\".").arg(assessment->instrument);
        return false;
    }
    assessment->instrumentVersion = instrument->version;
    assessment->result = RiskResult();
    QJsonObject answered;
    bool missingRequired = false;
    for (const RiskItem &item : instrument->items) {
        const QString reason = assessment->notAssessed.value(item.key).trimmed();
        const bool hasAnswer = assessment->answers.contains(item.key);
        if (hasAnswer && !reason.isEmpty()) {
            *error = QStringLiteral("\"%1\" har både ett svar och en orsak till att det inte "
                                    "kunde bedömas.")
                         .arg(item.label);
            return false;
        }
        if (hasAnswer)
            answered.insert(item.key, assessment->answers.value(item.key));
        else if (!reason.isEmpty())
            missingRequired = missingRequired || !item.optional;
    }
    assessment->answers = answered;
    if (missingRequired) {
        // What was answered must still be valid; a screening with gaps has no result.
        for (const RiskItem &item : instrument->items) {
            if (!answered.contains(item.key))
                continue;
            const QString itemError = riskAnswerError(item, answered.value(item.key));
            if (!itemError.isEmpty()) {
                *error = itemError;
                return false;
            }
        }
        assessment->complete = false;
        return true;
    }
    const RiskScoring scoring = scoreRisk(*instrument, answered);
    if (!scoring.ok) {
        *error = scoring.error;
        return false;
    }
    assessment->complete = true;
    assessment->result = scoring.result;
    return true;
}

} // namespace tf
