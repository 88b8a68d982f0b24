#pragma once

#include "domain/Client.h"
#include "domain/ForumTemplate.h"
#include "domain/Person.h"
#include "domain/ServiceType.h"
#include "domain/Unit.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace tf {

class Workspace;

// The organisation's register as the views see it: units, staff, clients
// and forum templates, read and changed here rather than in the store. Each
// change is one transaction, recorded for the signed-in person.
class Directory
{
public:
    explicit Directory(Workspace &workspace);

    QList<Unit> units();
    std::optional<Unit> unit(qint64 id);
    qint64 createUnit(const Unit &unit);

    // Everyone, those who left included: for names in history.
    QList<Person> people();
    // The names of these people (those who left included), by id; one read.
    QHash<qint64, QString> names(const QList<qint64> &ids);
    // The people who still work on `day`: the only ones any view offers as
    // participant, substitute, responsible, team member or client role.
    QList<Person> peopleEmployedOn(const QDate &day);
    std::optional<Person> person(qint64 id);
    qint64 createPerson(const Person &person);
    // Saves the change to the version read; returns the new version. Throws
    // StorageError (Refused) for an e-mail address without the form of one.
    int savePerson(const Person &person);

    // The unit's clients, by apartment and name, those whose insats ended
    // included (to edit them).
    QList<Client> clientsOf(qint64 unitId);
    // The same without those whose insats has ended by `day`: the clients
    // any view offers for an agenda, a rotation or a next meeting.
    QList<Client> currentClientsOf(qint64 unitId, const QDate &day);
    std::optional<Client> client(qint64 id);
    // normalized: as validatePersonnummer gives it.
    std::optional<Client> clientByPersonnummer(const QString &normalized);
    qint64 createClient(const Client &client);
    // Saves the change to the version read; returns the new version.
    int saveClient(const Client &client);

    QList<ForumTemplate> templates();
    QList<ForumTemplate> templatesFor(ServiceType type);
    QString templateName(qint64 id);
    QHash<qint64, QString> templateNames();
    // Saves the change to the version read; returns the new version.
    int saveTemplate(const ForumTemplate &forumTemplate);

private:
    Workspace &m_workspace;
};

} // namespace tf
