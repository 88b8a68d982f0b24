#pragma once

#include "services/generator/MeetingWriter.h"

#include <QList>

namespace tf {

// The samordningsmöte of each area (seed 001): an area unit (Samordning)
// over a home-care unit and a boendestöd unit of the same place, which its
// samordningsmöte coordinates; some home-care clients shared with the
// boendestöd unit from the first generated day, with a consent for other
// care providers (valid until a day around the last, so some run out soon),
// and one shared client without it, who is not taken up. Rows are written
// in bulk, in the caller's transaction.
class SamordningWriter
{
public:
    explicit SamordningWriter(GeneratorContext &context);

    // Writes the areas; returns each as a unit whose clients are the shared
    // clients with consent, for MeetingWriter to write its samordningsmöten
    // (when it has two or more).
    QList<GeneratedUnit> writeAreas(const QList<ForumTemplate> &samordningTemplates);
    qint64 sharedClients() const { return m_shared; }

private:
    int below(int count)
    {
        return static_cast<int>(m_context.random() % static_cast<quint64>(count));
    }

    GeneratorContext &m_context;
    qint64 m_shared = 0;
};

} // namespace tf
