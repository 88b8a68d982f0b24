#include "domain/ClientRotation.h"

#include <QCollator>
#include <QLocale>

namespace tf {

QString rotationSchemeKey(RotationScheme scheme)
{
    switch (scheme) {
    case RotationScheme::PriorityOrder:
        return QStringLiteral("priority");
    case RotationScheme::HalfYearly:
        return QStringLiteral("half_yearly");
    case RotationScheme::AllClients:
        return QStringLiteral("all");
    case RotationScheme::AsNeeded:
        return QStringLiteral("as_needed");
    case RotationScheme::FixedOrder:
        break;
    }
    return QStringLiteral("fixed");
}

RotationScheme rotationSchemeFromKey(const QString &key)
{
    if (key == QLatin1String("priority"))
        return RotationScheme::PriorityOrder;
    if (key == QLatin1String("half_yearly"))
        return RotationScheme::HalfYearly;
    if (key == QLatin1String("all"))
        return RotationScheme::AllClients;
    if (key == QLatin1String("as_needed"))
        return RotationScheme::AsNeeded;
    return RotationScheme::FixedOrder;
}

QString rotationSchemeLabel(RotationScheme scheme)
{
    switch (scheme) {
    case RotationScheme::PriorityOrder:
        return QStringLiteral("Prioriteringsordning, störst behov först");
    case RotationScheme::HalfYearly:
        return QStringLiteral("Varje kund var sjätte månad");
    case RotationScheme::AllClients:
        return QStringLiteral("Samtliga kunder efter lägenheterna, efter behov");
    case RotationScheme::AsNeeded:
        return QStringLiteral("Ingen fast rotation: kunder tas upp vid behov");
    case RotationScheme::FixedOrder:
        break;
    }
    return QStringLiteral("Fast schema efter lägenheterna");
}

RotationScheme rotationSchemeFor(ServiceType type)
{
    // The routine's section 3: SÄBO two clients a meeting by the apartments,
    // ordinärt boende by priority, gruppbostad all clients as needed, daglig
    // verksamhet each client every six months; for personlig assistans and
    // boendestöd it names no rotation.
    switch (type) {
    case ServiceType::Sabo:
    case ServiceType::Samordning:
        return RotationScheme::FixedOrder;
    case ServiceType::OrdinartBoende:
        return RotationScheme::PriorityOrder;
    case ServiceType::Gruppbostad:
        return RotationScheme::AllClients;
    case ServiceType::DagligVerksamhet:
        return RotationScheme::HalfYearly;
    case ServiceType::PersonligAssistans:
    case ServiceType::Boendestod:
        break;
    }
    return RotationScheme::AsNeeded;
}

int defaultClientsPerMeeting(RotationScheme scheme)
{
    return scheme == RotationScheme::FixedOrder ? 2 : 3;
}

bool rotationHasCount(RotationScheme scheme)
{
    return scheme != RotationScheme::AllClients && scheme != RotationScheme::AsNeeded;
}

QList<Client> ClientRotation::order(RotationScheme scheme, QList<Client> clients)
{
    QCollator collator {QLocale(QLocale::Swedish, QLocale::Sweden)};
    collator.setNumericMode(true);
    if (scheme == RotationScheme::PriorityOrder) {
        std::stable_sort(clients.begin(), clients.end(), [&](const Client &a, const Client &b) {
            const int pa = a.priority > 0 ? a.priority : INT_MAX;
            const int pb = b.priority > 0 ? b.priority : INT_MAX;
            if (pa != pb)
                return pa < pb;
            return collator.compare(a.name, b.name) < 0;
        });
    } else {
        std::stable_sort(clients.begin(), clients.end(), [&](const Client &a, const Client &b) {
            const int byApartment = collator.compare(a.apartment, b.apartment);
            return byApartment != 0 ? byApartment < 0 : collator.compare(a.name, b.name) < 0;
        });
    }
    return clients;
}

QList<qint64> ClientRotation::pick(RotationScheme scheme, const QList<Client> &clients,
    const RotationHistory &history, const QDate &meetingDate, int count)
{
    const QList<Client> ordered = order(scheme, clients);
    QList<qint64> ids;
    for (const Client &client : ordered)
        ids << client.id;
    count = std::min<int>(count, ids.size());
    QList<qint64> picked;
    switch (scheme) {
    case RotationScheme::AllClients:
        picked = ids;
        break;
    case RotationScheme::AsNeeded:
        break;
    case RotationScheme::FixedOrder: {
        // Continue after the last client the previous meeting took up.
        int next = 0;
        for (auto it = history.previousPicks.crbegin(); it != history.previousPicks.crend(); ++it) {
            const int index = ids.indexOf(*it);
            if (index >= 0) {
                next = index + 1;
                break;
            }
        }
        for (int i = 0; i < count; ++i)
            picked << ids.at((next + i) % ids.size());
        break;
    }
    case RotationScheme::PriorityOrder: {
        // Greatest need first; those taken up last time wait one meeting
        // unless there are too few others.
        for (qint64 id : ids) {
            if (picked.size() < count && !history.previousPicks.contains(id))
                picked << id;
        }
        for (qint64 id : ids) {
            if (picked.size() < count && !picked.contains(id))
                picked << id;
        }
        break;
    }
    case RotationScheme::HalfYearly: {
        const QDate dueBefore = meetingDate.addMonths(-6);
        QList<qint64> due;
        for (qint64 id : ids) {
            const QDate last = history.lastReviewed.value(id);
            if (!last.isValid() || last <= dueBefore)
                due << id;
        }
        // The longest-waiting first; never reviewed before anyone else.
        std::stable_sort(due.begin(), due.end(), [&](qint64 a, qint64 b) {
            return history.lastReviewed.value(a, QDate(1, 1, 1))
                < history.lastReviewed.value(b, QDate(1, 1, 1));
        });
        picked = due.mid(0, count);
        break;
    }
    }
    return picked;
}

} // namespace tf
