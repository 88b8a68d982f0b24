#include "support/Mnemonics.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

namespace tf::test {

namespace {
// The letter after a single '&' ("&&" is a plain ampersand), lower case.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

using Scope = QMap<QChar, QStringList>;

void add(Scope &scope, const QString &text)
{
    if (const QChar letter = mnemonicOf(text); !letter.isNull())
        scope[letter] << text;
}

void report(const Scope &scope, const QString &where, QStringList &duplicates)
{
    for (auto it = scope.cbegin(); it != scope.cend(); ++it) {
        if (it.value().size() > 1)
            duplicates << QStringLiteral("%1 %2: %3")
                              .arg(where, it.key(), it.value().join(QStringLiteral(" | ")));
    }
}

void checkMenu(QMenu *menu, QStringList &duplicates)
{
    Scope scope;
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (!action->isVisible())
            continue;
        add(scope, action->text());
        if (action->menu())
            checkMenu(action->menu(), duplicates);
    }
    report(scope, QStringLiteral("menu %1").arg(menu->title()), duplicates);
}
} // namespace

QStringList duplicateMnemonics(QWidget *window)
{
    Scope scope;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || qobject_cast<QMenu *>(widget))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(scope, button->text());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                add(scope, label->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(scope, group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                add(scope, tabs->tabText(tab));
        }
    }
    QStringList duplicates;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        const auto actions = mainWindow->menuBar()->actions();
        for (QAction *action : actions) {
            add(scope, action->text());
            if (action->menu())
                checkMenu(action->menu(), duplicates);
        }
    }
    report(scope, window->windowTitle(), duplicates);
    return duplicates;
}

} // namespace tf::test
