#include "services/care/ConsentWatch.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/CarePlanning.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "storage/care/ConsentRepository.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace tf {

QList<qint64> consentWatchUnits(Workspace &workspace, qint64 personId)
{
    QList<qint64> ids = personId ? workspace.people().unitsOf(personId) : QList<qint64>();
    if (ids.isEmpty()) {
        for (const Unit &unit : workspace.units().all())
            ids << unit.id;
    }
    return ids;
}

ConsentWatchList readConsentWatch(Workspace &workspace, const QList<qint64> &unitIds,
    const QDate &day, AccessPurpose purpose, int days, int weeksAhead)
{
    ConsentWatchList list;
    list.day = day;
    QHash<qint64, Client> clients;
    QHash<qint64, QString> unitNames;
    for (qint64 unitId : unitIds) {
        const auto unit = workspace.units().byId(unitId);
        if (!unit)
            continue;
        unitNames.insert(unitId, unit->name);
        for (const Client &client : workspace.clients().currentByUnit(unitId, day))
            clients.insert(client.id, client);
    }
    // The latest decision per client and scope: the history is newest first.
    QList<Consent> latest;
    for (const Client &client : clients) {
        QSet<int> seen; // scopes
        for (const Consent &consent : workspace.consents().history(client.id)) {
            if (!seen.contains(static_cast<int>(consent.scope))) {
                seen.insert(static_cast<int>(consent.scope));
                latest << consent;
            }
        }
    }
    QHash<qint64, Consent> otherProviders; // the latest for other care providers
    for (const Consent &consent : std::as_const(latest)) {
        if (consent.scope == ConsentScope::OtherCareProviders)
            otherProviders.insert(consent.clientId, consent);
        if (!consentExpiresWithin(consent, day, days))
            continue;
        const Client &client = clients[consent.clientId];
        list.expiring << ExpiringConsent {client, unitNames.value(client.unitId), consent,
            static_cast<int>(day.daysTo(consent.validUntil))};
    }
    std::sort(list.expiring.begin(), list.expiring.end(),
        [](const ExpiringConsent &a, const ExpiringConsent &b) {
            return a.consent.validUntil != b.consent.validUntil
                ? a.consent.validUntil < b.consent.validUntil
                : QString::localeAwareCompare(a.client.name, b.client.name) < 0;
        });

    const QDateTime from(day, QTime(0, 0), QTimeZone("Europe/Stockholm"));
    QList<Meeting> meetings;
    for (qint64 unitId : unitNames.keys()) {
        for (const Meeting &meeting : workspace.meetings().byUnit(
                 unitId, from.toUTC(), from.addDays(7 * weeksAhead).toUTC())) {
            if (meeting.status != MeetingStatus::Cancelled && isSamordningsmote(workspace, meeting))
                meetings << meeting;
        }
    }
    std::sort(meetings.begin(), meetings.end(),
        [](const Meeting &a, const Meeting &b) { return a.startUtc < b.startUtc; });
    for (const Meeting &meeting : meetings) {
        for (const AgendaItem &item : workspace.meetings().agendaItems(meeting.id)) {
            if (!clients.contains(item.clientId))
                continue;
            const auto consent = otherProviders.constFind(item.clientId);
            const QString reason = samordningConsentProblem(
                consent == otherProviders.constEnd() ? nullptr : &*consent,
                stockholmDate(meeting.startUtc));
            if (reason.isEmpty())
                continue;
            const Client &client = clients[item.clientId];
            list.withoutConsent << MeetingWithoutConsent {
                client, unitNames.value(client.unitId), meeting, reason};
        }
    }

    QList<qint64> read;
    for (const ExpiringConsent &row : list.expiring)
        read << row.client.id;
    for (const MeetingWithoutConsent &row : list.withoutConsent)
        read << row.client.id;
    if (!read.isEmpty())
        workspace.accessLogger().clientsRead(read, AccessKind::Consent, purpose);
    return list;
}

} // namespace tf
