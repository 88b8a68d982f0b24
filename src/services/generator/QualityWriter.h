#pragma once

#include "services/generator/MeetingWriter.h"

namespace tf {

// Writes each unit's avvikelser (a few a month, falls the most common) and
// its klagomål och synpunkter (one every month or two, answered after a few
// weeks unless recent), with descriptions that name no client.
class QualityWriter
{
public:
    explicit QualityWriter(GeneratorContext &context);

    void writeUnit(const GeneratedUnit &unit);
    qint64 deviations() const { return m_deviations; }
    qint64 complaints() const { return m_complaints; }

private:
    GeneratorContext &m_context;
    qint64 m_deviations = 0;
    qint64 m_complaints = 0;
};

} // namespace tf
