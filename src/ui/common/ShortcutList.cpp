#include "ui/common/ShortcutList.h"

#include <QAbstractButton>
#include <QAction>
#include <QShortcut>
#include <QWidget>

namespace tf {

namespace {
// "&Spara…" as it reads: "Spara".
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts << key.toString(QKeySequence::NativeText);
    }
    return texts.join(QStringLiteral(", "));
}

QString buttonText(const QAbstractButton *button)
{
    const QString name = button->accessibleName().trimmed();
    return name.isEmpty() ? plain(button->text()) : name;
}
} // namespace

QList<ShortcutEntry> shortcutsIn(QWidget *root)
{
    QList<ShortcutEntry> entries;
    const auto objects = root->findChildren<QObject *>();
    for (QObject *object : objects) {
        if (auto *action = qobject_cast<QAction *>(object)) {
            if (!action->shortcuts().isEmpty() && !action->isSeparator() && action->isVisible())
                entries << ShortcutEntry {keysText(action->shortcuts()), plain(action->text())};
        } else if (auto *button = qobject_cast<QAbstractButton *>(object)) {
            // A button's Alt+letter comes from its text; only an extra key counts.
            const QKeySequence key = button->shortcut();
            if (!key.isEmpty() && key != QKeySequence::mnemonic(button->text()))
                entries << ShortcutEntry {keysText({key}), buttonText(button)};
        } else if (auto *shortcut = qobject_cast<QShortcut *>(object)) {
            QString what = shortcut->whatsThis().trimmed();
            if (what.isEmpty()) {
                if (auto *owner = qobject_cast<QAbstractButton *>(shortcut->parent()))
                    what = buttonText(owner);
            }
            entries << ShortcutEntry {keysText(shortcut->keys()), what};
        }
    }
    return entries;
}

} // namespace tf
