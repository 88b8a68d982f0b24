#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tf {

// The record a journal entry is made in (seed 000: documentation happens in
// the journal system; Teamforum records that it must be done, by whom, and
// that it was): "sol" (social documentation under SoL), "hsl" (the patient
// record under HSL), "lss" (social documentation under LSS).
QStringList journalRecordKeys();
bool isJournalRecord(const QString &key);
// "SoL", "HSL", "LSS"; the key itself when unknown.
QString journalRecordLabel(const QString &key);

// That an action's journal entry was made: in which record, by whom, when.
struct JournalMark
{
    qint64 actionId = 0;
    QString record; // a key of journalRecordKeys()
    qint64 documentedById = 0;
    QDateTime documentedUtc;
};

} // namespace tf
