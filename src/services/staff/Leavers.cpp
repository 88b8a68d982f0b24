#include "services/staff/Leavers.h"

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/HandoverRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"
#include "storage/care/CareRepository.h"
#include "storage/care/JournalRepository.h"
#include "storage/care/SipRepository.h"

#include <QHash>
#include <QSet>

namespace tf {

namespace {
QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}

// The client's field for a role, which the handover reads and sets.
qint64 *roleField(Client &client, HandoverKind kind)
{
    switch (kind) {
    case HandoverKind::ContactPerson:
        return &client.contactPersonId;
    case HandoverKind::Nurse:
        return &client.nurseId;
    case HandoverKind::OccupationalTherapist:
        return &client.occupationalTherapistId;
    case HandoverKind::Physiotherapist:
        return &client.physiotherapistId;
    case HandoverKind::Action:
    case HandoverKind::SipNeed:
    case HandoverKind::JournalEntry:
        break;
    }
    return nullptr;
}

StorageError changedMeanwhile()
{
    return StorageError(StorageError::Kind::Conflict,
        QStringLiteral("Något av det som skulle lämnas över har ändrats av någon annan sedan "
                       "listan lästes. Inget har lämnats över; läs listan igen."));
}
} // namespace

Leavers::Leavers(Workspace &workspace)
    : m_workspace(workspace)
{ }

Person Leavers::endEmployment(qint64 personId, const QDate &endsOn)
{
    Transaction transaction(m_workspace.database());
    auto person = m_workspace.people().byId(personId);
    if (!person)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen person med id %1.").arg(personId));
    person->version = m_workspace.people().setEndsOn(*person, endsOn, m_workspace.actorId());
    person->endsOn = endsOn;
    transaction.commit();
    return *person;
}

QList<HandoverItem> Leavers::openItems(qint64 personId)
{
    QList<HandoverItem> items;
    QHash<qint64, QString> clientNames;
    auto clientName = [&](qint64 clientId) {
        if (clientId <= 0)
            return QString();
        if (!clientNames.contains(clientId)) {
            const auto client = m_workspace.clients().byId(clientId);
            clientNames.insert(clientId, client ? client->name : QString());
        }
        return clientNames.value(clientId);
    };
    for (const Action &action : m_workspace.actions().byResponsible(personId, ActionStatus::Open)) {
        HandoverItem item;
        item.kind = HandoverKind::Action;
        item.rowId = action.id;
        item.clientId = action.clientId;
        item.clientName = clientName(action.clientId);
        item.what = action.what;
        item.dueDate = action.dueDate;
        items << item;
    }
    const QDate day = today();
    QList<qint64> clientIds = m_workspace.care().clientsOfContactPerson(personId, day);
    for (qint64 id : m_workspace.care().clientsOfClinician(personId, day)) {
        if (!clientIds.contains(id))
            clientIds << id;
    }
    for (qint64 id : clientIds) {
        auto client = m_workspace.clients().byId(id);
        if (!client)
            continue;
        for (HandoverKind kind : {HandoverKind::ContactPerson, HandoverKind::Nurse,
                 HandoverKind::OccupationalTherapist, HandoverKind::Physiotherapist}) {
            if (*roleField(*client, kind) != personId)
                continue;
            HandoverItem item;
            item.kind = kind;
            item.rowId = client->id;
            item.clientId = client->id;
            item.clientName = client->name;
            item.what = handoverKindLabel(kind);
            items << item;
        }
    }
    // Actions decided with "dokumenteras i journal av" the person, not yet
    // marked documented (the journal reminder, JournalDuties).
    for (const Action &action : m_workspace.actions().awaitingJournalEntryBy(personId)) {
        HandoverItem item;
        item.kind = HandoverKind::JournalEntry;
        item.rowId = action.id;
        item.clientId = action.clientId;
        item.clientName = clientName(action.clientId);
        item.what = action.what;
        items << item;
    }
    for (const SipNeed &need : m_workspace.sip().open(personId)) {
        HandoverItem item;
        item.kind = HandoverKind::SipNeed;
        item.rowId = need.id;
        item.clientId = need.clientId;
        item.clientName = clientName(need.clientId);
        item.what = need.note.isEmpty() ? handoverKindLabel(HandoverKind::SipNeed) : need.note;
        items << item;
    }
    return items;
}

QList<HandoverItem> Leavers::handOver(qint64 fromPersonId, const QList<HandoverItem> &items)
{
    Transaction transaction(m_workspace.database());
    const qint64 actor = m_workspace.actorId();
    const QDate day = today();
    QSet<qint64> checked;
    for (const HandoverItem &item : items) {
        if (item.toPersonId <= 0 || checked.contains(item.toPersonId))
            continue;
        if (item.toPersonId == fromPersonId)
            throw StorageError(StorageError::Kind::General,
                QStringLiteral("Välj en efterträdare som är en annan person än den som slutar."));
        const auto successor = m_workspace.people().byId(item.toPersonId);
        if (!successor)
            throw StorageError(StorageError::Kind::NotFound,
                QStringLiteral("Det finns ingen person med id %1.").arg(item.toPersonId));
        if (!successor->employedOn(day))
            throw StorageError(StorageError::Kind::General,
                QStringLiteral("%1 har slutat och kan inte ta över något.").arg(successor->name));
        checked.insert(item.toPersonId);
    }

    QList<HandoverItem> handed;
    QHash<qint64, Client> clients; // changed clients, saved once each
    QList<qint64> clientOrder;
    for (const HandoverItem &item : items) {
        if (item.toPersonId <= 0)
            continue;
        // Recorded first: the lock of approved minutes lets an action's
        // responsible person, and who documents it in the journal, change
        // only along a recorded handover.
        m_workspace.handovers().record(HandoverEntry {0, {}, actor, fromPersonId, item.toPersonId,
                                           item.kind, item.rowId, item.clientId},
            actor);
        switch (item.kind) {
        case HandoverKind::Action: {
            auto action = m_workspace.actions().byId(item.rowId);
            if (!action || action->status != ActionStatus::Open
                || action->responsibleId != fromPersonId)
                throw changedMeanwhile();
            action->responsibleId = item.toPersonId;
            m_workspace.actions().save(*action, actor);
            break;
        }
        case HandoverKind::JournalEntry: {
            auto action = m_workspace.actions().byId(item.rowId);
            if (!action || action->status == ActionStatus::Cancelled || !action->journalEntryNeeded
                || action->journalById != fromPersonId
                || JournalRepository(m_workspace.database()).mark(item.rowId))
                throw changedMeanwhile();
            action->journalById = item.toPersonId;
            m_workspace.actions().save(*action, actor);
            break;
        }
        case HandoverKind::SipNeed: {
            std::optional<SipNeed> need;
            for (const SipNeed &open : m_workspace.sip().open(fromPersonId)) {
                if (open.id == item.rowId)
                    need = open;
            }
            if (!need)
                throw changedMeanwhile();
            m_workspace.sip().setResponsible(*need, item.toPersonId, actor);
            break;
        }
        case HandoverKind::ContactPerson:
        case HandoverKind::Nurse:
        case HandoverKind::OccupationalTherapist:
        case HandoverKind::Physiotherapist: {
            if (!clients.contains(item.rowId)) {
                const auto client = m_workspace.clients().byId(item.rowId);
                if (!client)
                    throw changedMeanwhile();
                clients.insert(item.rowId, *client);
                clientOrder << item.rowId;
            }
            qint64 *field = roleField(clients[item.rowId], item.kind);
            if (*field != fromPersonId)
                throw changedMeanwhile();
            *field = item.toPersonId;
            break;
        }
        }
        handed << item;
    }
    for (qint64 id : clientOrder)
        m_workspace.clients().save(clients.value(id), actor);
    transaction.commit();
    return handed;
}

QList<HandoverItem> Leavers::handOverAll(qint64 fromPersonId, qint64 toPersonId)
{
    Transaction transaction(m_workspace.database());
    QList<HandoverItem> items = openItems(fromPersonId);
    for (HandoverItem &item : items)
        item.toPersonId = toPersonId;
    if (toPersonId <= 0)
        throw StorageError(StorageError::Kind::General, QStringLiteral("Välj vem som tar över."));
    const QList<HandoverItem> handed = handOver(fromPersonId, items);
    transaction.commit();
    return handed;
}

} // namespace tf
