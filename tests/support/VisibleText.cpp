#include "support/VisibleText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTextDocumentFragment>

namespace tf::test {

namespace {
void addModelTexts(QAbstractItemModel *model, QStringList &texts)
{
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column)
        texts << model->headerData(column, Qt::Horizontal).toString();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            texts << index.data(Qt::DisplayRole).toString()
                  << index.data(Qt::ToolTipRole).toString();
        }
    }
}

void addMenuTexts(QMenu *menu, QStringList &texts)
{
    texts << menu->title();
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        texts << action->text() << action->shortcut().toString(QKeySequence::NativeText);
        if (action->menu())
            addMenuTexts(action->menu(), texts);
    }
}
} // namespace

QStringList visibleTexts(QWidget *root)
{
    QStringList texts {root->windowTitle()};
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        texts << widget->toolTip() << widget->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            addModelTexts(combo->model(), texts);
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            addModelTexts(view->model(), texts);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int index = 0; index < tabs->count(); ++index)
                texts << tabs->tabText(index) << tabs->tabToolTip(index);
        }
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        const auto menus = window->menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
        for (QMenu *menu : menus)
            addMenuTexts(menu, texts);
    }
    texts.removeAll(QString());
    return texts;
}

QStringList englishWords(const QStringList &texts)
{
    // Common words of an English desktop UI that are not Swedish words too.
    static const QSet<QString> english = {
        QStringLiteral("the"),
        QStringLiteral("and"),
        QStringLiteral("of"),
        QStringLiteral("to"),
        QStringLiteral("for"),
        QStringLiteral("with"),
        QStringLiteral("save"),
        QStringLiteral("cancel"),
        QStringLiteral("open"),
        QStringLiteral("close"),
        QStringLiteral("name"),
        QStringLiteral("interval"),
        QStringLiteral("duration"),
        QStringLiteral("place"),
        QStringLiteral("role"),
        QStringLiteral("item"),
        QStringLiteral("items"),
        QStringLiteral("participants"),
        QStringLiteral("agenda"),
        QStringLiteral("file"),
        QStringLiteral("view"),
        QStringLiteral("help"),
        QStringLiteral("quit"),
        QStringLiteral("about"),
        QStringLiteral("revert"),
        QStringLiteral("changes"),
        QStringLiteral("forums"),
        QStringLiteral("templates"),
        QStringLiteral("service"),
        QStringLiteral("type"),
        QStringLiteral("chair"),
        QStringLiteral("secretary"),
        QStringLiteral("contact"),
        QStringLiteral("nurse"),
        QStringLiteral("meeting"),
        QStringLiteral("room"),
        QStringLiteral("ward"),
        QStringLiteral("times"),
        QStringLiteral("day"),
        QStringLiteral("more"),
        QStringLiteral("when"),
        QStringLiteral("needed"),
        QStringLiteral("led"),
        QStringLiteral("purpose"),
        QStringLiteral("add"),
        QStringLiteral("remove"),
        QStringLiteral("move"),
        QStringLiteral("up"),
        QStringLiteral("down"),
        QStringLiteral("new"),
        QStringLiteral("signed"),
        QStringLiteral("database"),
        QStringLiteral("read"),
        QStringLiteral("only"),
        QStringLiteral("shortest"),
        QStringLiteral("longest"),
        QStringLiteral("minutes"),
        QStringLiteral("fixed"),
        QStringLiteral("client"),
        QStringLiteral("least"),
        QStringLiteral("most"),
        QStringLiteral("stated"),
        QStringLiteral("unsaved"),
        QStringLiteral("yes"),
        QStringLiteral("apply"),
        QStringLiteral("reset"),
        QStringLiteral("undo"),
        QStringLiteral("redo"),
        QStringLiteral("cut"),
        QStringLiteral("copy"),
        QStringLiteral("paste"),
        QStringLiteral("delete"),
        QStringLiteral("select"),
        QStringLiteral("views"),
        QStringLiteral("shift"),
        QStringLiteral("kind"),
        QStringLiteral("also"),
        QStringLiteral("is"),
        QStringLiteral("are"),
        QStringLiteral("your"),
        QStringLiteral("you"),
        QStringLiteral("this"),
        QStringLiteral("that"),
        QStringLiteral("each"),
        QStringLiteral("start"),
        QStringLiteral("welcome"),
        QStringLiteral("units"),
        QStringLiteral("unit"),
        QStringLiteral("assessment"),
        QStringLiteral("assessments"),
        QStringLiteral("consent"),
        QStringLiteral("feedback"),
        QStringLiteral("wishes"),
        QStringLiteral("relatives"),
        QStringLiteral("page"),
        QStringLiteral("pages"),
        QStringLiteral("sheet"),
        QStringLiteral("job"),
        QStringLiteral("options"),
        QStringLiteral("print"),
        QStringLiteral("printing"),
        QStringLiteral("printer"),
        QStringLiteral("properties"),
        QStringLiteral("scheduled"),
        QStringLiteral("banner"),
        QStringLiteral("millimeters"),
        QStringLiteral("inches"),
        QStringLiteral("points"),
        QStringLiteral("portrait"),
        QStringLiteral("landscape"),
        QStringLiteral("margin"),
        QStringLiteral("immediately"),
        QStringLiteral("envelope"),
        QStringLiteral("secret"),
        QStringLiteral("displays"),
        QStringLiteral("including"),
        QStringLiteral("specific"),
        QStringLiteral("usage"),
    };
    QStringList found;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}]+"));
    for (const QString &text : texts) {
        const auto words = text.toLower().split(separators, Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (english.contains(word))
                found << QStringLiteral("%1 (in \"%2\")").arg(word, text.left(60));
        }
    }
    return found;
}

} // namespace tf::test
