#pragma once

#include "domain/Compliance.h"

namespace tf {

// The yearly report on paper, for the patient-safety report due 1 March:
// per unit, each forum's meetings held against the routine with a bar beside
// the figure, attendance, minutes approved within a week, then the actions
// and the loggkontroller. Every bar has its number in the same row, so the
// page reads without colour and aloud.
class CompliancePdf
{
public:
    static QString html(const ComplianceReport &report);
    // Throws StorageError with a Swedish message when the file cannot be written.
    static void write(const ComplianceReport &report, const QString &path);
};

} // namespace tf
