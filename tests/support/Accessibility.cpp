#include "support/Accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace tf::test {

namespace {
bool isInteractive(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
        || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
        || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSlider *>(widget);
}

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
} // namespace

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

} // namespace tf::test
