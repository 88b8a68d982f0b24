#include "services/ClientUnits.h"

#include "domain/StorageError.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/ClientUnitRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

namespace tf {

namespace {
[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}

QString unitName(Workspace &workspace, qint64 unitId)
{
    const auto unit = workspace.units().byId(unitId);
    if (!unit)
        refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(unitId));
    return unit->name;
}

// The row of `unitId` that serves the client on `day`, if any.
const ClientUnit *servingRow(const QList<ClientUnit> &rows, qint64 unitId, const QDate &day)
{
    for (const ClientUnit &row : rows) {
        if (row.unitId == unitId && row.servesOn(day))
            return &row;
    }
    return nullptr;
}
} // namespace

ClientUnits::ClientUnits(Workspace &workspace)
    : m_workspace(workspace)
{ }

ClientUnits::Registered ClientUnits::registerClient(
    const Client &client, AccessPurpose purpose, const QDate &fromOrToday)
{
    const QDate from
        = fromOrToday.isValid() ? fromOrToday : stockholmDate(QDateTime::currentDateTimeUtc());
    Transaction transaction(m_workspace.database());
    const QString unit = unitName(m_workspace, client.unitId);
    Registered result;
    const qint64 existing
        = ClientUnitRepository(m_workspace.database()).idOfPersonnummer(client.personnummer);
    if (existing == 0) {
        result.client = client;
        result.client.id = m_workspace.clients().create(client, m_workspace.actorId());
        result.client = m_workspace.clients().byId(result.client.id).value_or(result.client);
        transaction.commit();
        return result;
    }
    const QList<ClientUnit> rows = ClientUnitRepository(m_workspace.database()).unitsOf(existing);
    if (servingRow(rows, client.unitId, from))
        refuse(QStringLiteral(
            "Personen med personnummer %1 är redan kund i %2. Samma person registreras "
            "inte två gånger.")
                   .arg(client.personnummer, unit));
    ClientUnitRepository(m_workspace.database())
        .addUnit(existing, client.unitId, from, m_workspace.actorId());
    const auto stored = m_workspace.clients().byId(existing);
    if (!stored)
        refuse(QStringLiteral("Kunden med personnummer %1 kunde inte läsas.")
                   .arg(client.personnummer));
    // Read again: on PostgreSQL the other units' rows show only now that this
    // unit serves the client.
    QStringList others;
    for (const ClientUnit &row : ClientUnitRepository(m_workspace.database()).unitsOf(existing)) {
        if (row.unitId != client.unitId && row.servesOn(from))
            others << unitName(m_workspace, row.unitId);
    }
    others.removeDuplicates();
    result.client = *stored;
    result.attached = true;
    result.message
        = QStringLiteral("%1 (%2) är redan kund%3. Inget nytt kundkort skapades: samma kundkort "
                         "gäller nu även för %4 från och med %5.")
              .arg(stored->name, stored->personnummer,
                  others.isEmpty() ? QString()
                                   : QStringLiteral(" i %1").arg(others.join(QStringLiteral(", "))),
                  unit, from.toString(Qt::ISODate));
    transaction.commit();
    m_workspace.accessLogger().clientRead(existing, AccessKind::ClientRecord, purpose);
    return result;
}

QList<ClientUnit> ClientUnits::unitsOf(qint64 clientId)
{
    return ClientUnitRepository(m_workspace.database()).unitsOf(clientId);
}

void ClientUnits::serve(qint64 clientId, qint64 unitId, const QDate &from)
{
    Transaction transaction(m_workspace.database());
    const QString unit = unitName(m_workspace, unitId);
    if (!m_workspace.clients().byId(clientId))
        refuse(QStringLiteral("Det finns ingen kund med id %1.").arg(clientId));
    if (!from.isValid())
        refuse(QStringLiteral("Ange från vilket datum enheten ger kunden insatser."));
    const QList<ClientUnit> rows = ClientUnitRepository(m_workspace.database()).unitsOf(clientId);
    for (const ClientUnit &row : rows) {
        if (row.unitId == unitId && (!row.to.isValid() || row.to > from))
            refuse(QStringLiteral("%1 ger redan kunden insatser från och med %2.")
                       .arg(unit,
                           row.from.isValid() ? row.from.toString(Qt::ISODate)
                                              : QStringLiteral("registreringen")));
    }
    ClientUnitRepository(m_workspace.database())
        .addUnit(clientId, unitId, from, m_workspace.actorId());
    transaction.commit();
}

void ClientUnits::unserve(qint64 clientId, qint64 unitId, const QDate &to)
{
    Transaction transaction(m_workspace.database());
    const QString unit = unitName(m_workspace, unitId);
    if (!to.isValid())
        refuse(QStringLiteral("Ange det första datumet utan insatser från enheten."));
    const QList<ClientUnit> rows = ClientUnitRepository(m_workspace.database()).unitsOf(clientId);
    const ClientUnit *open = nullptr;
    for (const ClientUnit &row : rows) {
        if (row.unitId == unitId && !row.to.isValid())
            open = &row;
    }
    if (!open)
        refuse(QStringLiteral("%1 ger inte kunden insatser nu.").arg(unit));
    if (open->from.isValid() && to <= open->from)
        refuse(QStringLiteral("Slutdatumet måste komma efter %1, då %2 började ge kunden "
                              "insatser.")
                   .arg(open->from.toString(Qt::ISODate), unit));
    ClientUnitRepository(m_workspace.database())
        .setUnitEnd(open->id, clientId, to, m_workspace.actorId());
    transaction.commit();
}

} // namespace tf
