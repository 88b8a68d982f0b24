#include "services/minutes/MeetingMinutes.h"

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/PersonalCodes.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/chair/MeetingLeaders.h"
#include "storage/ClientUnitRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

namespace tf {

namespace {
// Refuses, in Swedish, to hold, finish or approve a meeting before its day.
void refuseBeforeItsDay(const std::optional<Meeting> &meeting)
{
    if (!meeting)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet finns inte längre."));
    if (const QString reason = MeetingMinutes::tooEarly(*meeting, QDateTime::currentDateTimeUtc());
        !reason.isEmpty())
        throw StorageError(StorageError::Kind::Refused, reason);
}
} // namespace

QString MeetingMinutes::tooEarly(const Meeting &meeting, const QDateTime &nowUtc)
{
    const QDate day = stockholmDate(meeting.startUtc);
    if (day <= stockholmDate(nowUtc))
        return {};
    return QStringLiteral("Mötet är planerat till %1. Det kan hållas, avslutas och justeras "
                          "först den dagen.")
        .arg(day.toString(Qt::ISODate));
}

MeetingMinutes::MeetingMinutes(Workspace &workspace)
    : m_workspace(workspace)
{ }

std::optional<Meeting> MeetingMinutes::meeting(qint64 meetingId)
{
    return m_workspace.meetings().byId(meetingId);
}

Later<std::optional<Meeting>> MeetingMinutes::meeting(ReadBatch &batch, qint64 meetingId)
{
    return m_workspace.meetings().byId(batch, meetingId);
}

Meeting MeetingMinutes::start(const Meeting &meeting)
{
    Transaction transaction(m_workspace.database());
    refuseBeforeItsDay(m_workspace.meetings().byId(meeting.id));
    Meeting started = meeting;
    started.status = MeetingStatus::InProgress;
    started.version = m_workspace.meetings().save(started, m_workspace.actorId());
    transaction.commit();
    return started;
}

int MeetingMinutes::agendaItemCount(qint64 meetingId)
{
    return static_cast<int>(m_workspace.agenda().items(meetingId).size());
}

QList<MinuteEntry> MeetingMinutes::entries(qint64 meetingId)
{
    return m_workspace.minutes().entries(meetingId);
}

QList<MinuteEntry> MeetingMinutes::entriesBeside(qint64 agendaItemId)
{
    const auto meetingId = m_workspace.meetings().meetingOfAgendaItem(agendaItemId);
    return meetingId ? entries(*meetingId) : QList<MinuteEntry>();
}

MinuteEntry MeetingMinutes::saveEntry(const MinuteEntry &entry)
{
    return saveEntry(m_workspace.database(), entry, m_workspace.actorId());
}

MinuteEntry MeetingMinutes::saveEntry(Database &db, const MinuteEntry &entry, qint64 actorId)
{
    // Saved while the secretary types: BEGIN goes with the first statement.
    Transaction transaction(
        db, Transaction::Nesting::Savepoint, Transaction::Begin::WithFirstStatement);
    const MinuteEntry saved = MinutesRepository(db).saveEntry(entry, actorId);
    transaction.commit();
    return saved;
}

MinutesClosing MeetingMinutes::closing(qint64 meetingId)
{
    return m_workspace.minutes().closing(meetingId);
}

MeetingMinutes::ClosingRead MeetingMinutes::readClosing(qint64 meetingId, const QDate &choicesOn)
{
    return readAlone(m_workspace.database(),
        [&](ReadBatch &batch) { return readClosing(batch, meetingId, choicesOn); });
}

Later<MeetingMinutes::ClosingRead> MeetingMinutes::readClosing(
    ReadBatch &batch, qint64 meetingId, const QDate &choicesOn)
{
    auto closing = m_workspace.minutes().closing(batch, meetingId);
    auto addenda = m_workspace.minutes().addenda(batch, meetingId);
    std::optional<Later<QList<qint64>>> justerare;
    std::optional<Later<QList<qint64>>> nextClients;
    std::optional<Later<QList<Client>>> choices;
    if (choicesOn.isValid()) {
        justerare = m_workspace.minutes().justerare(batch, meetingId);
        nextClients = m_workspace.minutes().nextMeetingClients(batch, meetingId);
        // The clients the meeting's unit serves, and those of the units a
        // samordningsmöte coordinates (CoordinatedUnits).
        choices = ClientUnitRepository(m_workspace.database())
                      .currentForMeeting(batch, meetingId, choicesOn);
    }
    return batch.derive<ClosingRead>([=]() mutable {
        ClosingRead read;
        read.closing = closing.take();
        read.addenda = addenda.take();
        if (justerare) {
            read.justerare = justerare->take();
            read.nextMeetingClients = nextClients->take();
            read.nextMeetingChoices = choices->take();
        }
        return read;
    });
}

bool MeetingMinutes::isLocked(qint64 meetingId)
{
    return m_workspace.minutes().isLocked(meetingId);
}

void MeetingMinutes::finish(qint64 meetingId)
{
    Transaction transaction(m_workspace.database());
    refuseBeforeItsDay(m_workspace.meetings().byId(meetingId));
    m_workspace.minutes().finish(meetingId, m_workspace.actorId());
    transaction.commit();
}

void MeetingMinutes::approve(qint64 meetingId, qint64 approverId, const QString &personalCode)
{
    Transaction transaction(m_workspace.database());
    refuseBeforeItsDay(m_workspace.meetings().byId(meetingId));
    const auto approver = m_workspace.people().byId(approverId);
    if (!approver)
        throw StorageError(
            StorageError::Kind::Refused, QStringLiteral("Välj vem som justerar protokollet."));
    if (approvalAsksForCode()) {
        PersonalCodes(m_workspace).confirm(approverId, personalCode);
    } else if (approverId != m_workspace.actorId()) {
        const auto signedIn = m_workspace.people().byId(m_workspace.actorId());
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("På PostgreSQL justerar var och en i eget namn, med sin egen "
                           "inloggning. Du är inloggad som %1 och kan inte justera som %2.")
                .arg(signedIn ? signedIn->name : QStringLiteral("en inloggning utan person"),
                    approver->name));
    }
    if (!approvers(meetingId).contains(approverId))
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("%1 är varken mötets ordförande eller justerare på mötet och kan "
                           "därför inte justera protokollet. Ordföranden eller en utsedd "
                           "justerare justerar; justerare utses under Avslut.")
                .arg(approver->name));
    MeetingLeaders(m_workspace).keepProposed(meetingId);
    m_workspace.minutes().approve(meetingId, approverId, approverId);
    transaction.commit();
}

bool MeetingMinutes::approvalAsksForCode()
{
    return !m_workspace.database().isPostgres();
}

QList<qint64> MeetingMinutes::approvers(qint64 meetingId)
{
    QList<qint64> ids;
    if (const auto meeting = m_workspace.meetings().byId(meetingId);
        meeting && meeting->chairId > 0)
        ids << meeting->chairId;
    const auto named = justerare(meetingId);
    for (qint64 id : named) {
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

QList<qint64> MeetingMinutes::justerare(qint64 meetingId)
{
    return m_workspace.minutes().justerare(meetingId);
}

void MeetingMinutes::setJusterare(qint64 meetingId, const QList<qint64> &personIds)
{
    Transaction transaction(m_workspace.database());
    m_workspace.minutes().setJusterare(meetingId, personIds, m_workspace.actorId());
    transaction.commit();
}

QList<MinutesAddendum> MeetingMinutes::addenda(qint64 meetingId)
{
    return m_workspace.minutes().addenda(meetingId);
}

qint64 MeetingMinutes::addAddendum(const MinutesAddendum &addendum)
{
    Transaction transaction(m_workspace.database());
    const qint64 id = m_workspace.minutes().addAddendum(addendum, m_workspace.actorId());
    transaction.commit();
    return id;
}

QList<qint64> MeetingMinutes::nextMeetingClients(qint64 meetingId)
{
    return m_workspace.minutes().nextMeetingClients(meetingId);
}

void MeetingMinutes::setNextMeetingClients(qint64 meetingId, const QList<qint64> &clientIds)
{
    Transaction transaction(m_workspace.database());
    m_workspace.minutes().setNextMeetingClients(meetingId, clientIds, m_workspace.actorId());
    transaction.commit();
}

} // namespace tf
