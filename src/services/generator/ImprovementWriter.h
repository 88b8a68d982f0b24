#pragma once

#include "services/generator/MeetingWriter.h"

namespace tf {

// Writes each unit's improvement work: the egenkontroller of the plan that
// apply to it, done in most periods (the current one sometimes not yet),
// and its handlingsplaner (two or three begun a year, each with a few
// actions), followed up at the unit's kvalitetsmöte (else its APT); those
// whose work ended are signed off by the unit's chair, the recent ones are
// open with actions due soon or overdue. No client is named.
class ImprovementWriter
{
public:
    explicit ImprovementWriter(GeneratorContext &context);

    void writeUnit(const GeneratedUnit &unit);
    qint64 inspections() const { return m_inspections; }
    qint64 plans() const { return m_plans; }

private:
    void writeInspections(const GeneratedUnit &unit);
    void writePlans(const GeneratedUnit &unit);

    GeneratorContext &m_context;
    qint64 m_inspections = 0;
    qint64 m_plans = 0;
};

} // namespace tf
