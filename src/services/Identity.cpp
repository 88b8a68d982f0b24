#include "services/Identity.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/LoginRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"

#include <QCryptographicHash>
#include <QSettings>

namespace tf {

Identity::Identity(Workspace &workspace)
    : m_workspace(workspace)
{ }

QString Identity::settingsKey() const
{
    // One entry per database, so two files on one account keep their people.
    const QByteArray where = m_workspace.database().spec().displayName().toUtf8();
    return QStringLiteral("identity/")
        + QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha1).toHex());
}

std::optional<Person> Identity::recognise()
{
    std::optional<Person> person;
    Database &db = m_workspace.database();
    if (db.isPostgres()) {
        // The database says whose the login is (current_user, a person who has not left).
        if (const qint64 id = LoginRepository(db).currentPersonId(); id > 0)
            person = m_workspace.people().byId(id);
    } else {
        const qint64 id = QSettings().value(settingsKey()).toLongLong();
        if (id > 0)
            person = m_workspace.people().byId(id);
    }
    if (person)
        m_workspace.setActorId(person->id);
    return person;
}

void Identity::adopt(qint64 personId)
{
    if (!m_workspace.database().isPostgres())
        QSettings().setValue(settingsKey(), personId);
    m_workspace.setActorId(personId);
}

bool Identity::loginIdentifies()
{
    return m_workspace.database().isPostgres();
}

namespace {
// An enhetschef by profession or role.
bool isUnitManager(const std::optional<Person> &person)
{
    const QString manager = QStringLiteral("enhetschef");
    const auto folded = [](const QString &text) { return text.simplified().toLower(); };
    return person
        && (folded(person->profession).contains(manager) || folded(person->role).contains(manager));
}
} // namespace

bool Identity::managesOrganisation()
{
    return readAlone(
        m_workspace.database(), [&](ReadBatch &batch) { return managesOrganisation(batch); });
}

Later<bool> Identity::managesOrganisation(ReadBatch &batch)
{
    // The person and, on PostgreSQL, the login's rights.
    auto person = m_workspace.people().byId(batch, m_workspace.actorId());
    std::optional<Later<bool>> administers;
    if (loginIdentifies())
        administers = LoginRepository(m_workspace.database()).currentLoginAdministers(batch);
    return batch.derive<bool>(
        [person, administers] { return manages(person.get(), administers && administers->get()); });
}

bool Identity::manages(const std::optional<Person> &person, bool loginAdministers)
{
    return isUnitManager(person) || loginAdministers;
}

bool Identity::mayAdminister()
{
    Database &db = m_workspace.database();
    return !db.isPostgres() || LoginRepository(db).currentLoginAdministers();
}

void Identity::refuseUntiedLogin()
{
    if (!loginIdentifies())
        return;
    // recognise() has asked the database already and set the actor.
    if (m_workspace.actorId() > 0 || mayAdminister())
        return;
    Database &db = m_workspace.database();
    throw StorageError(StorageError::Kind::Refused,
        QStringLiteral("Du är inloggad i databasen som %1, men den inloggningen är inte kopplad "
                       "till någon person i Teamforum, så du kan inte se eller ändra något. Be "
                       "den som administrerar Teamforum att koppla inloggningen till dig.")
            .arg(db.dialect().currentLogin(db.connection())));
}

void Identity::actAs(qint64 personId)
{
    if (loginIdentifies())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("På PostgreSQL är det inloggningen som anger vem du är; ingen "
                           "kan arbeta som en annan person."));
    if (personId <= 0 || !m_workspace.people().byId(personId))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Det finns ingen person med id %1 i databasen.").arg(personId));
    m_workspace.setActorId(personId);
}

qint64 Identity::registerPerson(Person person)
{
    Database &db = m_workspace.database();
    if (db.isPostgres())
        person.login = db.dialect().currentLogin(db.connection());
    const qint64 id = m_workspace.people().create(person, 0);
    if (!db.isPostgres())
        QSettings().setValue(settingsKey(), id);
    m_workspace.setActorId(id);
    return id;
}

} // namespace tf
