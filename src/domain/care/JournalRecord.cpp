#include "domain/care/JournalRecord.h"

namespace tf {

QStringList journalRecordKeys()
{
    return {QStringLiteral("sol"), QStringLiteral("hsl"), QStringLiteral("lss")};
}

bool isJournalRecord(const QString &key)
{
    return journalRecordKeys().contains(key);
}

QString journalRecordLabel(const QString &key)
{
    if (key == QLatin1String("sol"))
        return QStringLiteral("SoL");
    if (key == QLatin1String("hsl"))
        return QStringLiteral("HSL");
    if (key == QLatin1String("lss"))
        return QStringLiteral("LSS");
    return key;
}

} // namespace tf
