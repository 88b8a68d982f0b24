// Risk answers as the command line reads them (teamforum-cli risk score):
// JSON, a name given twice refused, then scored by every instrument. No
// crash and no undefined behaviour (a grade of 1e300 is never cast), and a
// scoring either succeeds or says why not.
#include "domain/JsonKeys.h"
#include "domain/risk/RiskInstrument.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // Read whether or not the JSON is well formed: the check must not crash
    // on anything.
    const QString twice = tf::duplicateJsonKey(json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() || !twice.isNull())
        return 0;
    for (const tf::RiskInstrument *instrument : tf::riskInstruments()) {
        const tf::RiskScoring scoring = tf::scoreRisk(*instrument, document.object());
        if (scoring.ok == !scoring.error.isEmpty())
            std::abort();
    }
    return 0;
}
