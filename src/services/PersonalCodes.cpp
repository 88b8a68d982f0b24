#include "services/PersonalCodes.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/PersonCodeRepository.h"
#include "storage/PersonRepository.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <array>

namespace tf {

namespace {
// PBKDF2-HMAC-SHA256; the count is stored with each code, so it can grow.
constexpr int kIterations = 120000;
constexpr int kHashBytes = 32;
constexpr int kSaltBytes = 16;

QByteArray derive(const QString &code, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, code.toUtf8(), salt, iterations, kHashBytes);
}

// Compares in time independent of where the first difference is.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

StorageError refused(const QString &message)
{
    return StorageError(StorageError::Kind::Refused, message);
}
} // namespace

PersonalCodes::PersonalCodes(Workspace &workspace)
    : m_workspace(workspace)
{ }

QString PersonalCodes::nameOf(qint64 personId)
{
    const auto person = m_workspace.people().byId(personId);
    if (!person)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen person med id %1 i databasen.").arg(personId));
    return person->name;
}

bool PersonalCodes::hasCode(qint64 personId)
{
    Database &db = m_workspace.database();
    return !db.isPostgres() && PersonCodeRepository(db).code(personId).has_value();
}

void PersonalCodes::chooseFirst(qint64 personId, const QString &code)
{
    const QString name = nameOf(personId);
    if (hasCode(personId))
        throw refused(QStringLiteral("%1 har redan en personlig kod. Skriv den koden.").arg(name));
    store(personId, code);
}

void PersonalCodes::change(qint64 personId, const QString &currentCode, const QString &newCode)
{
    confirm(personId, currentCode);
    store(personId, newCode);
}

void PersonalCodes::store(qint64 personId, const QString &code)
{
    Database &db = m_workspace.database();
    if (db.isPostgres())
        throw refused(QStringLiteral("På PostgreSQL är det inloggningen som anger vem du är; "
                                     "där finns inga personliga koder."));
    if (code.size() < kMinimumLength)
        throw refused(
            QStringLiteral("Den personliga koden behöver minst %1 tecken.").arg(kMinimumLength));
    StoredCode stored;
    std::array<quint32, kSaltBytes / 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    stored.salt = QByteArray(reinterpret_cast<const char *>(words.data()), kSaltBytes);
    stored.iterations = kIterations;
    stored.hash = derive(code, stored.salt, stored.iterations);
    PersonCodeRepository(db).save(personId, stored, personId);
}

void PersonalCodes::confirm(qint64 personId, const QString &code)
{
    const QString name = nameOf(personId);
    Database &db = m_workspace.database();
    if (db.isPostgres())
        throw refused(QStringLiteral("På PostgreSQL är det inloggningen som anger vem du är; "
                                     "där finns inga personliga koder."));
    const auto stored = PersonCodeRepository(db).code(personId);
    if (!stored)
        throw refused(QStringLiteral("%1 har ingen personlig kod än. Den väljs i programmet "
                                     "första gången %1 justerar ett protokoll.")
                          .arg(name));
    if (!sameBytes(derive(code, stored->salt, stored->iterations), stored->hash))
        throw refused(QStringLiteral("Koden stämmer inte för %1.").arg(name));
}

} // namespace tf
