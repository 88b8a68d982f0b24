#include "services/chair/CoordinatedUnits.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/ClientUnitRepository.h"
#include "storage/CoordinatedUnitRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <algorithm>

namespace tf {

namespace {
[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}
} // namespace

CoordinatedUnits::CoordinatedUnits(Workspace &workspace)
    : m_workspace(workspace)
{ }

QString CoordinatedUnits::forum()
{
    return QStringLiteral("samordningsmote");
}

QList<Unit> CoordinatedUnits::of(qint64 unitId)
{
    QList<Unit> units;
    for (qint64 id : CoordinatedUnitRepository(m_workspace.database()).of(unitId, forum())) {
        if (const auto unit = m_workspace.units().byId(id))
            units << *unit;
    }
    std::sort(units.begin(), units.end(),
        [](const Unit &a, const Unit &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return units;
}

QList<Unit> CoordinatedUnits::choices(qint64 unitId)
{
    const QList<Unit> all = m_workspace.units().all();
    qint64 parentId = 0;
    for (const Unit &unit : all)
        if (unit.id == unitId)
            parentId = unit.parentId;
    const QList<qint64> chosen
        = CoordinatedUnitRepository(m_workspace.database()).of(unitId, forum());
    QList<Unit> area, others;
    for (const Unit &unit : all) {
        if (unit.id == unitId)
            continue;
        const bool ofArea = unit.parentId == unitId
            || (parentId != 0 && (unit.parentId == parentId || unit.id == parentId))
            || chosen.contains(unit.id);
        (ofArea ? area : others) << unit;
    }
    QList<Unit> units = area.isEmpty() ? others : area;
    std::sort(units.begin(), units.end(),
        [](const Unit &a, const Unit &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return units;
}

void CoordinatedUnits::set(qint64 unitId, const QList<qint64> &unitIds)
{
    Transaction transaction(m_workspace.database());
    if (!m_workspace.units().byId(unitId))
        refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(unitId));
    QList<qint64> ids;
    for (qint64 id : unitIds) {
        if (id == unitId)
            refuse(QStringLiteral("En enhet samordnar inte sig själv: välj de enheter vars "
                                  "kunder samordningsmötet tar upp."));
        if (!m_workspace.units().byId(id))
            refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(id));
        if (!ids.contains(id))
            ids << id;
    }
    CoordinatedUnitRepository(m_workspace.database())
        .set(unitId, forum(), ids, m_workspace.actorId());
    transaction.commit();
}

QList<Client> CoordinatedUnits::currentClientsForMeeting(qint64 meetingId, const QDate &day)
{
    return ClientUnitRepository(m_workspace.database()).currentForMeeting(meetingId, day);
}

QList<qint64> CoordinatedUnits::coordinatorsFor(qint64 clientId, const QDate &day)
{
    QList<qint64> serving;
    for (const ClientUnit &row : ClientUnitRepository(m_workspace.database()).unitsOf(clientId)) {
        if (row.servesOn(day))
            serving << row.unitId;
    }
    return CoordinatedUnitRepository(m_workspace.database()).coordinatorsOf(serving, forum());
}

} // namespace tf
