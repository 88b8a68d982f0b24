#include "services/generator/AccessLogWriter.h"

#include "domain/AccessLogEntry.h"
#include "storage/AccessLogChain.h"
#include "storage/BulkInserter.h"

namespace tf {

namespace {
const QString kMinutes = accessKindKey(AccessKind::Minutes);
const QString kRiskStatus = accessKindKey(AccessKind::RiskStatus);
const QString kRiskHistory = accessKindKey(AccessKind::RiskHistory);
const QString kClientRecord = accessKindKey(AccessKind::ClientRecord);
const QString kMeetingMode = accessPurposeKey(AccessPurpose::MeetingMode);
const QString kBeforeMeeting = accessPurposeKey(AccessPurpose::BeforeMeeting);
const QString kMyClients = accessPurposeKey(AccessPurpose::MyClients);

// A working-day moment `days` before (negative: after) the meeting, between
// 08:00 and 16:00 Swedish time, approximated in UTC.
QDateTime workingMoment(const QDateTime &startUtc, int days, int minuteOfDay)
{
    const QDate day = startUtc.date().addDays(-days);
    // Qt::UTC, not QTimeZone::utc(): the text must end in "Z" like every
    // stored time, or comparisons between the texts go wrong.
    return QDateTime(day, QTime(6, 0), Qt::UTC).addSecs(60LL * minuteOfDay);
}
} // namespace

AccessLogWriter::AccessLogWriter(GeneratorContext &context, quint64 seed)
    : m_context(context)
    , m_random(seed ^ 0x6c6f676b6f6e7472ULL)
    , m_end(context.lastDay.startOfDay(Qt::UTC))
    , m_rows(std::make_unique<BulkInserter>(context.db, QStringLiteral("access_log"),
          QStringList {QStringLiteral("accessed_at"), QStringLiteral("person_id"),
              QStringLiteral("client_id"), QStringLiteral("kind"), QStringLiteral("purpose"),
              QStringLiteral("meeting_id"), QStringLiteral("prev_hash"),
              QStringLiteral("row_hash")}))
    , m_chain(std::make_unique<AccessLogChain>(context.db, false))
{ }

AccessLogWriter::~AccessLogWriter() = default;

qint64 AccessLogWriter::written() const
{
    return m_rows->rowsInserted();
}

void AccessLogWriter::flush()
{
    m_rows->flush();
}

void AccessLogWriter::add(const QDateTime &when, qint64 personId, qint64 clientId,
    const QString &kind, const QString &purpose, qint64 meetingId)
{
    if (when >= m_end) // nothing is read after the generated last day
        return;
    ChainedEntry entry {when.toString(Qt::ISODate), personId, clientId, kind, purpose, meetingId};
    const ChainLink link = m_chain->append(entry);
    m_rows->insert({entry.accessedAt, personId, clientId, kind, purpose,
        meetingId ? QVariant(meetingId) : QVariant(QMetaType(QMetaType::LongLong)), link.prevHash,
        link.rowHash});
}

qint64 AccessLogWriter::outsider(const GeneratedUnit &unit)
{
    const auto &units = m_context.units;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const GeneratedUnit &other = units.at(below(static_cast<int>(units.size())));
        if (other.id != unit.id && !other.staffIds.isEmpty())
            return other.staffIds.at(below(static_cast<int>(other.staffIds.size())));
    }
    return 0;
}

void AccessLogWriter::meetingHeld(const GeneratedUnit &unit, qint64 meetingId,
    const QDateTime &startUtc, qint64 secretaryId, const QList<const GeneratedClient *> &clients)
{
    // The secretary opens the meeting in meeting mode a few minutes before.
    const QDateTime opened = startUtc.addSecs(-60LL * (2 + below(13)));
    for (const GeneratedClient *client : clients)
        add(opened, secretaryId, client->id, kMinutes, kMeetingMode, meetingId);
    // The chair reads the minutes through to approve them within three days.
    const QDateTime approved = workingMoment(startUtc, -(1 + below(3)), below(480));
    for (const GeneratedClient *client : clients)
        add(approved, unit.chairId, client->id, kMinutes, kMeetingMode, meetingId);
    // The day before, the nurse prepares in *Inför mötet*: every client's due
    // assessments, and the history of most of them.
    const QDateTime prepared = workingMoment(startUtc, 1 + below(2), below(480));
    for (const GeneratedClient *client : clients) {
        add(prepared, client->nurseId, client->id, kRiskStatus, kBeforeMeeting, meetingId);
        if (below(4) < 3)
            add(prepared.addSecs(30 + below(600)), client->nurseId, client->id, kRiskHistory,
                kBeforeMeeting, meetingId);
        // The contact person opens the client in the week before, and about
        // every other time again afterwards to report the decisions back.
        add(workingMoment(startUtc, 1 + below(7), below(480)), client->contactId, client->id,
            kClientRecord, kMyClients, 0);
        if (below(2) == 0)
            add(workingMoment(startUtc, -(1 + below(7)), below(480)), client->contactId, client->id,
                kClientRecord, kMyClients, 0);
    }
    // Now and then someone of another unit opens a client: a loggkontroll
    // finds these among the reads without a care relationship.
    if (below(400) == 0 && !clients.isEmpty()) {
        const qint64 person = outsider(unit);
        if (person)
            add(workingMoment(startUtc, below(5), below(480)), person,
                clients.at(below(static_cast<int>(clients.size())))->id, kClientRecord, kMyClients,
                0);
    }
}

} // namespace tf
