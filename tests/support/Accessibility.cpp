#include "support/Accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>

namespace tf::test {

namespace {
bool isPartOfAnother(QWidget *widget)
{
    // Line edits inside spin and combo boxes, and scroll bars and corner
    // buttons of views, are announced through their owner.
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
            || qobject_cast<QAbstractItemView *>(parent))
            return true;
    }
    return qobject_cast<QAbstractSlider *>(widget) != nullptr;
}

QString labelText(QAccessibleInterface *accessible)
{
    const auto labels = accessible->relations(QAccessible::Label);
    for (const auto &[label, relation] : labels) {
        if (label && !label->text(QAccessible::Name).trimmed().isEmpty())
            return label->text(QAccessible::Name).trimmed();
    }
    return {};
}

bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::MenuItem:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Walked no further: their children are cells, items or parts of one field.
bool ownsItsChildren(QAccessible::Role role)
{
    return role == QAccessible::ComboBox || role == QAccessible::SpinBox
        || role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree
        || role == QAccessible::PopupMenu || role == QAccessible::MenuBar;
}

QString describe(QAccessibleInterface *accessible)
{
    QObject *object = accessible->object();
    return QStringLiteral("%1 (role %2) %3")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("-"))
        .arg(static_cast<int>(accessible->role()))
        .arg(object ? object->objectName() : QString());
}

void walk(QAccessibleInterface *accessible, int depth, QStringList &problems)
{
    if (!accessible || !accessible->isValid() || depth > 60)
        return;
    if (accessible->state().invisible)
        return;
    const QAccessible::Role role = accessible->role();
    if (isInteractiveRole(role)) {
        if (role == QAccessible::ComboBox) {
            if (labelText(accessible).isEmpty())
                problems << QStringLiteral("combo box without a label: ") + describe(accessible);
        } else if (accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            problems << QStringLiteral("without a name: ") + describe(accessible);
        }
    }
    if (ownsItsChildren(role))
        return;
    for (int i = 0; i < accessible->childCount(); ++i)
        walk(accessible->child(i), depth + 1, problems);
}
} // namespace

bool isInteractive(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
        || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
        || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSlider *>(widget);
}

QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return {};
    if (qobject_cast<QComboBox *>(widget))
        return labelText(accessible);
    // A tab bar passes the focus on to its current tab, which is said.
    if (qobject_cast<QTabBar *>(widget)) {
        QAccessibleInterface *tab = accessible->focusChild();
        return tab ? tab->text(QAccessible::Name).trimmed() : QString();
    }
    return accessible->text(QAccessible::Name).trimmed();
}

QStringList widgetsWithoutAccessibleName(QWidget *root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || !isInteractive(widget) || isPartOfAnother(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            missing << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return missing;
}

QStringList accessibilityTreeProblems(QWidget *root)
{
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(root), 0, problems);
    return problems;
}

} // namespace tf::test
