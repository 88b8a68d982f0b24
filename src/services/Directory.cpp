#include "services/Directory.h"

#include "domain/EmailAddress.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"

namespace tf {

namespace {
void refuseMalformedEmail(const Person &person)
{
    if (!person.email.trimmed().isEmpty() && !isEmailAddress(person.email.trimmed()))
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("E-postadressen ”%1” för %2 har inte formen namn@exempel.se.")
                .arg(person.email.trimmed(), person.name));
}
} // namespace

Directory::Directory(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<Unit> Directory::units()
{
    return m_workspace.units().all();
}

std::optional<Unit> Directory::unit(qint64 id)
{
    return m_workspace.units().byId(id);
}

qint64 Directory::createUnit(const Unit &unit)
{
    return m_workspace.units().create(unit, m_workspace.actorId());
}

QList<Person> Directory::people()
{
    return m_workspace.people().all();
}

QHash<qint64, QString> Directory::names(const QList<qint64> &ids)
{
    QHash<qint64, QString> names;
    if (ids.isEmpty())
        return names;
    const QList<Person> people = m_workspace.people().byIds(ids);
    for (const Person &person : people)
        names.insert(person.id, person.name);
    return names;
}

QList<Person> Directory::peopleEmployedOn(const QDate &day)
{
    return m_workspace.people().employedOn(day);
}

std::optional<Person> Directory::person(qint64 id)
{
    return m_workspace.people().byId(id);
}

qint64 Directory::createPerson(const Person &person)
{
    refuseMalformedEmail(person);
    return m_workspace.people().create(person, m_workspace.actorId());
}

int Directory::savePerson(const Person &person)
{
    refuseMalformedEmail(person);
    return m_workspace.people().save(person, m_workspace.actorId());
}

QList<Client> Directory::clientsOf(qint64 unitId)
{
    return m_workspace.clients().byUnit(unitId);
}

QList<Client> Directory::currentClientsOf(qint64 unitId, const QDate &day)
{
    return m_workspace.clients().currentByUnit(unitId, day);
}

std::optional<Client> Directory::client(qint64 id)
{
    return m_workspace.clients().byId(id);
}

std::optional<Client> Directory::clientByPersonnummer(const QString &normalized)
{
    return m_workspace.clients().byPersonnummer(normalized);
}

qint64 Directory::createClient(const Client &client)
{
    return m_workspace.clients().create(client, m_workspace.actorId());
}

int Directory::saveClient(const Client &client)
{
    return m_workspace.clients().save(client, m_workspace.actorId());
}

QList<ForumTemplate> Directory::templates()
{
    return m_workspace.templates().all();
}

QList<ForumTemplate> Directory::templatesFor(ServiceType type)
{
    return m_workspace.templates().byServiceType(type);
}

QString Directory::templateName(qint64 id)
{
    return m_workspace.templates().nameOf(id);
}

QHash<qint64, QString> Directory::templateNames()
{
    return m_workspace.templates().names();
}

int Directory::saveTemplate(const ForumTemplate &forumTemplate)
{
    return m_workspace.templates().save(forumTemplate, m_workspace.actorId());
}

} // namespace tf
