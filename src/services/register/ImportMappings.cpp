#include "services/register/ImportMappings.h"

#include <QSettings>

namespace tf {

namespace {
QString settingsKey(const QString &importKey)
{
    return QStringLiteral("import/%1/mapping").arg(importKey);
}
} // namespace

QHash<QString, QString> ImportMappings::remembered(RegisterKind kind)
{
    return remembered(registerKindKey(kind));
}

QHash<QString, QString> ImportMappings::remembered(const QString &importKey)
{
    QHash<QString, QString> mapping;
    const QVariantMap stored = QSettings().value(settingsKey(importKey)).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void ImportMappings::remember(RegisterKind kind, const QHash<QString, QString> &mapping)
{
    remember(registerKindKey(kind), mapping);
}

void ImportMappings::remember(const QString &importKey, const QHash<QString, QString> &mapping)
{
    QSettings settings;
    QVariantMap stored = settings.value(settingsKey(importKey)).toMap();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            stored.remove(it.key());
        else
            stored.insert(it.key(), it.value());
    }
    settings.setValue(settingsKey(importKey), stored);
}

} // namespace tf
