#pragma once

#include "services/generator/MeetingWriter.h"

#include <QDateTime>

#include <memory>
#include <random>

namespace tf {

class AccessLogChain;
class BulkInserter;

// Writes the access log a unit's work leaves around each held meeting: the
// secretary opening the minutes, the chair approving them, the nurse looking
// at the clients' assessments the day before, contact persons opening their
// clients in *Mina kunder*, and now and then someone of another unit
// opening a client — what a loggkontroll is there to find. It draws from an
// engine of its own, so the rest of the generated data does not depend on it.
// It links every entry into its client's hash chain; the clients are new,
// and it is the only writer, so each chain starts empty and is kept here.
class AccessLogWriter
{
public:
    AccessLogWriter(GeneratorContext &context, quint64 seed);
    ~AccessLogWriter();

    // Writes the rows kept back (BulkInserter::flush).
    void flush();
    // Called inside the unit's transaction for every meeting before lastDay.
    void meetingHeld(const GeneratedUnit &unit, qint64 meetingId, const QDateTime &startUtc,
        qint64 secretaryId, const QList<const GeneratedClient *> &clients);
    qint64 written() const;

private:
    void add(const QDateTime &when, qint64 personId, qint64 clientId, const QString &kind,
        const QString &purpose, qint64 meetingId);
    int below(int count) { return static_cast<int>(m_random() % static_cast<quint64>(count)); }
    qint64 outsider(const GeneratedUnit &unit);

    GeneratorContext &m_context;
    std::mt19937_64 m_random;
    QDateTime m_end;
    std::unique_ptr<BulkInserter> m_rows;
    std::unique_ptr<AccessLogChain> m_chain;
};

} // namespace tf
