#include "services/chair/MeetingGuests.h"

#include "domain/StorageError.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/ExternalParticipantRepository.h"
#include "storage/MeetingGuestRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QHash>

namespace tf {

namespace {
StorageError refused(const QString &why)
{
    return StorageError(StorageError::Kind::Refused, why);
}
} // namespace

MeetingGuests::MeetingGuests(Workspace &workspace)
    : m_workspace(workspace)
{ }

MeetingGuest MeetingGuests::invite(
    qint64 meetingId, qint64 clientId, const QString &relativeName, const QString &relation)
{
    MeetingGuest guest;
    guest.meetingId = meetingId;
    guest.clientId = clientId;
    guest.relativeName = relativeName.simplified();
    guest.relation = guest.relativeName.isEmpty() ? QString() : relation.simplified();
    Transaction transaction(m_workspace.database());
    const auto meeting = m_workspace.meetings().byId(meetingId);
    if (!meeting)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns inget möte med id %1.").arg(meetingId));
    if (meeting->status == MeetingStatus::Cancelled)
        throw refused(QStringLiteral("Mötet är inställt; ingen bjuds in till det."));
    const auto client = m_workspace.clients().byId(clientId);
    if (!client)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen kund med id %1.").arg(clientId));
    if (client->unitId != meeting->unitId)
        throw refused(QStringLiteral("%1 hör till en annan enhet än mötet; bara enhetens kunder "
                                     "och deras anhöriga bjuds in.")
                          .arg(client->name));
    if (client->insatsEndsOn.isValid() && client->insatsEndsOn <= stockholmDate(meeting->startUtc))
        throw refused(QStringLiteral("%1s insats har upphört före mötet.").arg(client->name));
    guest.id = MeetingGuestRepository(m_workspace.database()).add(guest, m_workspace.actorId());
    guest.version = 1;
    transaction.commit();
    return guest;
}

QList<NamedGuest> MeetingGuests::of(qint64 meetingId, AccessPurpose purpose)
{
    return readAlone(
        m_workspace.database(), [&](ReadBatch &batch) { return of(batch, meetingId, purpose); });
}

Later<QList<NamedGuest>> MeetingGuests::of(
    ReadBatch &batch, qint64 meetingId, AccessPurpose purpose)
{
    auto guests = MeetingGuestRepository(m_workspace.database()).ofMeeting(batch, meetingId);
    auto clients = m_workspace.clients().invitedTo(batch, meetingId);
    // The workspace, not this: a service object may be gone when the batch runs.
    Workspace &workspace = m_workspace;
    return batch.derive<QList<NamedGuest>>([&workspace, guests, clients, meetingId, purpose] {
        QHash<qint64, QString> names;
        for (const Client &client : clients.get())
            names.insert(client.id, client.name);
        QList<NamedGuest> list;
        QList<qint64> clientIds;
        for (const MeetingGuest &guest : guests.get()) {
            if (guest.isExternal()) {
                list << NamedGuest {guest, QString(), meetingGuestLabel(guest, QString())};
                continue;
            }
            const QString name = names.value(guest.clientId);
            list << NamedGuest {guest, name, meetingGuestLabel(guest, name)};
            if (!clientIds.contains(guest.clientId))
                clientIds << guest.clientId;
        }
        workspace.accessLogger().clientsRead(clientIds, AccessKind::ClientList, purpose, meetingId);
        return list;
    });
}

int MeetingGuests::setAttendance(const MeetingGuest &guest, Attendance attendance)
{
    if (attendance == Attendance::SubstitutePresent)
        throw refused(guest.isExternal()
                ? QStringLiteral("En extern deltagare har ingen ersättare här; bjud in "
                                 "ersättaren som extern deltagare.")
                : QStringLiteral("En kund eller anhörig har ingen ersättare."));
    MeetingGuest changed = guest;
    changed.attendance = attendance;
    return MeetingGuestRepository(m_workspace.database())
        .setAttendance(changed, m_workspace.actorId());
}

void MeetingGuests::remove(qint64 guestId)
{
    MeetingGuestRepository(m_workspace.database()).remove(guestId, m_workspace.actorId());
}

} // namespace tf
