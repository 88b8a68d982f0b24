#pragma once

#include "domain/AccessLogEntry.h"

#include <QList>

namespace tf {

// Why a read is in a loggkontroll: it lacks a care relation, or the
// stickprov drew it.
enum class CheckReason { NoCareRelation, Sample };
QString checkReasonKey(CheckReason reason);
bool checkReasonFromKey(const QString &key, CheckReason *reason); // false for unknown
QString checkReasonLabel(CheckReason reason); // Swedish

// The reviewer's judgement of one read.
enum class CheckJudgement { NoRemark, Investigate };
QString checkJudgementKey(CheckJudgement judgement);
bool checkJudgementFromKey(const QString &key, CheckJudgement *judgement); // false for unknown
QString checkJudgementLabel(CheckJudgement judgement); // Swedish

// One read looked at in a check. A saved row keeps the entry's id, reader,
// time and kind, never its client (entry.clientId is 0 when read back).
struct LogCheckRow
{
    AccessLogEntry entry;
    CheckReason reason = CheckReason::Sample;
    CheckJudgement judgement = CheckJudgement::NoRemark;
    QString note;
};

// A loggkontroll of one unit's month ("YYYY-MM"). The stickprov is drawn by
// seed from the reads up to throughLogId, so it can be drawn again.
struct LogCheck
{
    qint64 id = 0; // 0 until saved
    qint64 unitId = 0;
    QString period;
    qint64 reviewerId = 0;
    QDateTime savedUtc;
    int sampleSize = 0;
    quint64 seed = 0;
    qint64 throughLogId = 0;
    QList<LogCheckRow> rows;
};

// One unit's checks in a year, for the patient-safety report.
struct LogCheckYear
{
    qint64 unitId = 0;
    int checks = 0; // months with a saved check
    int rowsReviewed = 0;
    int toInvestigate = 0;
};

} // namespace tf
