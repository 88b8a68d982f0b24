#include "services/register/ImportMappings.h"

#include <QSettings>

namespace tf {

namespace {
QString settingsKey(RegisterKind kind)
{
    return QStringLiteral("import/%1/mapping").arg(registerKindKey(kind));
}
} // namespace

QHash<QString, QString> ImportMappings::remembered(RegisterKind kind)
{
    QHash<QString, QString> mapping;
    const QVariantMap stored = QSettings().value(settingsKey(kind)).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void ImportMappings::remember(RegisterKind kind, const QHash<QString, QString> &mapping)
{
    QSettings settings;
    QVariantMap stored = settings.value(settingsKey(kind)).toMap();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            stored.remove(it.key());
        else
            stored.insert(it.key(), it.value());
    }
    settings.setValue(settingsKey(kind), stored);
}

} // namespace tf
