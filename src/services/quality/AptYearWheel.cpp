#include "services/quality/AptYearWheel.h"

#include "domain/StorageError.h"
#include "domain/quality/ClientMention.h"
#include "services/Workspace.h"
#include "services/quality/Deviations.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/quality/AptTopicRepository.h"

#include <QFile>

#include <stdexcept>

namespace tf {

namespace {
constexpr int kTopicMax = 200;

[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}

QList<YearWheelTopic> loadWheel()
{
    QFile file(QStringLiteral(":/quality/arshjul.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("arshjul.json is missing from the program's resources");
    QString error;
    const QList<YearWheelTopic> topics = yearWheelFromJson(file.readAll(), &error);
    if (topics.isEmpty())
        throw std::runtime_error(error.toStdString());
    return topics;
}
} // namespace

AptYearWheel::AptYearWheel(Workspace &workspace)
    : m_workspace(workspace)
{ }

const QList<YearWheelTopic> &AptYearWheel::organisation()
{
    static const QList<YearWheelTopic> loaded = loadWheel();
    return loaded;
}

QStringList AptYearWheel::organisationTopics(int month)
{
    QStringList titles;
    for (const YearWheelTopic &topic : organisation()) {
        if (topic.month == month)
            titles << topic.title;
    }
    return titles;
}

AptYearWheel::Month AptYearWheel::month(qint64 unitId, int month)
{
    const QStringList own = AptTopicRepository(m_workspace.database()).topics(unitId, month);
    if (!own.isEmpty())
        return {month, own, true};
    return {month, organisationTopics(month), false};
}

QList<AptYearWheel::Month> AptYearWheel::year(qint64 unitId)
{
    QList<Month> months;
    for (int m = 1; m <= 12; ++m)
        months << month(unitId, m);
    return months;
}

void AptYearWheel::setUnitTopics(qint64 unitId, int month, const QStringList &topics)
{
    if (!m_workspace.units().byId(unitId))
        refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(unitId));
    if (month < 1 || month > 12)
        refuse(QStringLiteral("Månaden är 1–12 (januari–december)."));
    QStringList clean;
    const QStringList clients = knownClientNames(m_workspace);
    for (const QString &topic : topics) {
        const QString title = topic.simplified();
        if (title.isEmpty() || clean.contains(title))
            continue;
        if (title.size() > kTopicMax)
            refuse(QStringLiteral("Ett ämne får vara högst %1 tecken: \"%2…\".")
                       .arg(kTopicMax)
                       .arg(title.left(40)));
        const QString mention = clientMentionIn(title, clients);
        if (!mention.isEmpty())
            refuse(mention);
        clean << title;
    }
    Transaction transaction(m_workspace.database());
    AptTopicRepository(m_workspace.database()).set(unitId, month, clean, m_workspace.actorId());
    transaction.commit();
}

} // namespace tf
