#include "services/Logins.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/LoginRepository.h"

#include <QRegularExpression>

namespace tf {

Logins::Logins(Workspace &workspace)
    : m_workspace(workspace)
{ }

bool Logins::isUsableLogin(const QString &login)
{
    static const QRegularExpression form(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return form.match(login).hasMatch() && !login.startsWith(QLatin1String("pg_"));
}

void Logins::refuseUnlessPostgres() const
{
    if (!m_workspace.database().isPostgres())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Inloggningar kopplas bara i en delad PostgreSQL-databas. En "
                           "SQLite-fil har inga inloggningar: den skyddas av datorns "
                           "behörigheter till filen."));
}

void Logins::rethrowInSwedish(
    const StorageError &error, qint64 personId, const QString &login) const
{
    const QString state = error.nativeCode();
    if (state == QLatin1String("P0002"))
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen person med id %1 i databasen.").arg(personId), state);
    if (state == QLatin1String("23505"))
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Inloggningen %1 är redan kopplad till en annan person. Ta bort den "
                           "kopplingen först (revoke-login).")
                .arg(login),
            state);
    if (state == QLatin1String("22023"))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("\"%1\" kan inte användas som inloggning.").arg(login), state);
    if (state == QLatin1String("42501"))
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Bara en administratör för Teamforum eller databasens ägare kan "
                           "koppla inloggningar till personer, och en roll med större "
                           "rättigheter än en användares (superanvändare, rätt att skapa "
                           "roller) kopplas aldrig till en person."),
            state);
    throw error;
}

void Logins::grant(qint64 personId, const QString &login, bool administrator)
{
    refuseUnlessPostgres();
    if (!isUsableLogin(login))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("\"%1\" kan inte vara en inloggning. Använd små bokstäver a–z, "
                           "siffror och understreck, högst 63 tecken, och börja inte med "
                           "en siffra eller med \"pg_\".")
                .arg(login));
    try {
        LoginRepository(m_workspace.database())
            .grant(personId, login, administrator, m_workspace.actorId());
    } catch (const StorageError &error) {
        rethrowInSwedish(error, personId, login);
    }
}

QString Logins::revoke(qint64 personId)
{
    refuseUnlessPostgres();
    try {
        return LoginRepository(m_workspace.database()).revoke(personId, m_workspace.actorId());
    } catch (const StorageError &error) {
        rethrowInSwedish(error, personId, QString());
    }
}

} // namespace tf
