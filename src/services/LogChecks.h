#pragma once

#include "domain/LogCheck.h"
#include "domain/Unit.h"

#include <QDate>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// The loggkontroll of seed 003: each month, per unit, the reads of the
// unit's clients without a care relation and a random stickprov of the
// other reads, each judged by the reviewer and saved as a protocol without
// client names (LogCheckRepository). Only whoever manages the organisation
// (Identity::managesOrganisation: an enhetschef or a PostgreSQL
// administrator) may prepare, save or read checks; anyone else gets
// StorageError (Refused) with a Swedish message, as for an unknown unit or
// a malformed or future month.

// The first day of a "YYYY-MM" month; invalid, with a Swedish reason in
// *error, when the text is no such month.
QDate logCheckMonth(const QString &period, QString *error);

// The reads of the unit's clients in the month (Swedish time): every one
// without a care relation, then a stickprov of sampleSize of the others,
// drawn by seed from the entries up to throughLogId. seed 0 draws a new
// seed, throughLogId 0 takes the newest entry; both are in the result, so
// the same check can be drawn again. Logs that the reviewer read the
// clients' entries (access_log, loggkontroll), as reviewAccessLog does.
LogCheck prepareLogCheck(Workspace &workspace, qint64 unitId, const QString &period, int sampleSize,
    quint64 seed = 0, qint64 throughLogId = 0);

// Saves a judged check by the workspace's person, now. The rows are drawn
// again from the check's unit, month, sample size, seed and throughLogId;
// every one needs a judgement (matched by access-log id), and a read to be
// investigated needs a note. Returns the saved check's id.
qint64 saveLogCheck(Workspace &workspace, const LogCheck &judged);

// The newest saved check of a unit's month, if any.
std::optional<LogCheck> savedLogCheck(Workspace &workspace, qint64 unitId, const QString &period);

// The units whose previous month (before today's) has no saved check
// although their clients' data was read in it: seed 003 asks for a check
// of each month's reads, so a month is due when it has reads to check. A
// unit whose clients were not read at all that month (no clients, or
// nobody opened them) has nothing to check and is not overdue; it goes to
// *nothingToCheck when given, so a view can say why it is not listed.
QList<Unit> overdueLogChecks(
    Workspace &workspace, const QDate &today, QList<Unit> *nothingToCheck = nullptr);
// The same among these units only (an enhetschef's own), with no read of
// the units, read with a batch's other reads.
Later<QList<Unit>> overdueLogChecksAmong(
    ReadBatch &batch, Workspace &workspace, const QDate &today, const QList<Unit> &units);

// Every saved check of the year, of every unit, oldest first, with its
// rows; a later check of the same unit and month supersedes an earlier one.
QList<LogCheck> savedLogChecks(Workspace &workspace, int year);

// Per unit, the year's checks (the newest of each month counts): months
// checked, reads reviewed and reads to investigate. Every unit is listed.
QList<LogCheckYear> logCheckYear(Workspace &workspace, int year);

} // namespace tf
