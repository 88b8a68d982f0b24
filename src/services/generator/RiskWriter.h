#pragma once

#include "services/generator/MeetingWriter.h"

namespace tf {

// Writes scored Senior Alert assessments for the generated clients: random
// but valid answers, scored by the instruments themselves.
class RiskWriter
{
public:
    explicit RiskWriter(GeneratorContext &context);

    void writeUnit(const GeneratedUnit &unit, int assessmentsPerClient);
    qint64 written() const { return m_written; }

private:
    GeneratorContext &m_context;
    qint64 m_written = 0;
};

} // namespace tf
