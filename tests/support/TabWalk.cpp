#include "support/TabWalk.h"

#include "support/Accessibility.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QRadioButton>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QWidget>

namespace tf::test {

namespace {
QString describe(QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(no focus)");
    return QStringLiteral("%1 %2").arg(
        QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// The field a focused part belongs to: the line edit of a spin or combo box
// is announced as the box.
QWidget *owner(QWidget *widget)
{
    QWidget *result = widget;
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent))
            result = parent;
    }
    return result;
}

// Where Tab can go in the window, as Qt's focus chain decides it.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisible() || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        stops << widget;
    }
    return stops;
}
} // namespace

QStringList tabWalkProblems(QWidget *window)
{
    QStringList problems;
    window->activateWindow();
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window) {
        window->setFocus();
        QTest::keyClick(window, Qt::Key_Tab);
        start = QApplication::focusWidget();
    }
    if (!start || start->window() != window)
        return {QStringLiteral("Tab gives no widget in the window the focus")};

    const QList<QWidget *> expected = tabStops(window);
    const int limit = 2 * static_cast<int>(expected.size()) + 4;
    QSet<QWidget *> visited;
    QSet<QString> reported;
    const auto report = [&](const QString &problem) {
        if (!reported.contains(problem)) {
            reported.insert(problem);
            problems << problem;
        }
    };
    QWidget *current = start;
    bool closed = false;
    for (int press = 0; press < limit; ++press) {
        visited.insert(current);
        if (QWidget *field = owner(current);
            !isInteractive(field) && !qobject_cast<QTabBar *>(field))
            report(
                QStringLiteral("a Tab stop that is no field, button or list: ") + describe(field));
        else if (spokenName(field).isEmpty())
            report(QStringLiteral("a Tab stop without a name: ") + describe(field));
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next->window() != window) {
            report(QStringLiteral("Tab leaves the window from ") + describe(current));
            break;
        }
        if (next == current) {
            report(QStringLiteral("Tab stays in ") + describe(current));
            break;
        }
        current = next;
        if (current == start) {
            closed = true;
            break;
        }
    }
    if (!closed && reported.isEmpty())
        report(QStringLiteral("Tab never comes back to ") + describe(start));
    for (QWidget *widget : expected) {
        if (!visited.contains(widget) && !qobject_cast<QRadioButton *>(widget))
            report(QStringLiteral("never reached by Tab: ") + describe(widget));
    }
    return problems;
}

} // namespace tf::test
