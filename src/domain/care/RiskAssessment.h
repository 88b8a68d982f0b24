#pragma once

#include "domain/risk/RiskInstrument.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace tf {

// One stored assessment with one instrument. The result is always computed
// from the answers (see assessRisk), never typed in.
struct RiskAssessment
{
    qint64 id = 0;
    QString uuid;
    qint64 clientId = 0;
    QString instrument;
    QString instrumentVersion;
    QDateTime assessedUtc;
    qint64 assessedById = 0;
    QJsonObject answers; // item key → JSON answer
    QHash<QString, QString> notAssessed; // item key → why it could not be assessed
    bool complete = true; // false when a required item could not be assessed
    RiskResult result;
    QString comment;
};

// Fills in version, completeness and result from the answers and the reasons
// for items not assessed. Returns false with a Swedish message naming the
// item when an answer is wrong or an item has neither answer nor reason.
bool assessRisk(RiskAssessment *assessment, QString *error);

} // namespace tf
