#include "services/register/RegisterExport.h"

#include "domain/io/CsvReader.h"
#include "services/AccessLogger.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "storage/care/RiskRepository.h"

#include <QHash>

namespace tf {

namespace {
const QChar kSeparator = QLatin1Char(';');

// How a client row names a member of staff: what import recognises first.
// A name someone else has too would be refused on import as ambiguous, so a
// person with neither login nor e-mail is then written by their identity.
QString staffKey(const Person &person, const QHash<QString, int> &peopleNamed)
{
    if (!person.login.isEmpty())
        return person.login;
    if (!person.email.isEmpty())
        return person.email;
    return peopleNamed.value(person.name.simplified().toLower()) > 1 ? person.uuid : person.name;
}
} // namespace

RegisterExport::RegisterExport(Workspace &workspace)
    : m_workspace(workspace)
{ }

QByteArray RegisterExport::csv(RegisterKind kind, AccessPurpose purpose)
{
    QString text = csvLine(exportHeader(kind), kSeparator);
    m_rows = 0;
    const QList<Unit> units = m_workspace.units().all();
    QHash<qint64, QString> unitNames;
    for (const Unit &unit : units)
        unitNames.insert(unit.id, unit.name);

    if (kind == RegisterKind::Units) {
        for (const Unit &unit : units) {
            text += csvLine(
                {unit.name, serviceTypeKey(unit.serviceType), unitNames.value(unit.parentId)},
                kSeparator);
            ++m_rows;
        }
    } else if (kind == RegisterKind::Staff) {
        const QHash<qint64, QList<qint64>> unitsOf = m_workspace.people().unitsOfAll();
        for (const Person &person : m_workspace.people().all()) {
            QStringList names;
            for (qint64 unitId : unitsOf.value(person.id))
                names << unitNames.value(unitId);
            text += csvLine({person.name, person.profession, person.email, person.login,
                                names.join(QStringLiteral(", ")), person.role},
                kSeparator);
            ++m_rows;
        }
    } else {
        const QList<Person> people = m_workspace.people().all();
        QHash<QString, int> peopleNamed;
        for (const Person &person : people)
            ++peopleNamed[person.name.simplified().toLower()];
        QHash<qint64, QString> staff;
        for (const Person &person : people)
            staff.insert(person.id, staffKey(person, peopleNamed));
        const QHash<qint64, QDate> movedIn = m_workspace.risks().movedInDates();
        const QList<Client> clients = m_workspace.clients().all();
        QList<qint64> ids;
        ids.reserve(clients.size());
        for (const Client &client : clients) {
            const QDate start = movedIn.value(client.id);
            text += csvLine(
                {client.personnummer, client.name, unitNames.value(client.unitId), client.apartment,
                    staff.value(client.contactPersonId), staff.value(client.nurseId),
                    start.isValid() ? start.toString(Qt::ISODate) : QString()},
                kSeparator);
            ids << client.id;
            ++m_rows;
        }
        m_workspace.accessLogger().clientsRead(ids, AccessKind::ClientList, purpose);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace tf
