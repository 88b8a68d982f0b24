#include "support/CutOff.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTextDocument>
#include <QToolTip>

#include <cmath>

namespace tf::test {

namespace {
// The width the text needs on one line, without a mnemonic's '&'.
int textWidth(const QFontMetrics &metrics, QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

QString describe(const QWidget *widget, const QString &text)
{
    const QString name = widget->objectName().isEmpty()
        ? QString::fromLatin1(widget->metaObject()->className())
        : widget->objectName();
    return QStringLiteral("%1 «%2»").arg(name, text.left(60));
}

bool hasWholeTextAsTip(const QWidget *widget, const QString &text)
{
    return !widget->toolTip().isEmpty() && widget->toolTip().contains(text.left(20));
}

void checkLabel(const QLabel *label, QStringList *problems)
{
    const QString text = label->text();
    if (text.isEmpty() || label->wordWrap() || Qt::mightBeRichText(text))
        return;
    const int needed = label->sizeHint().width();
    if (label->width() < needed && !hasWholeTextAsTip(label, text))
        *problems << QStringLiteral("%1: %2 of %3 px shown")
                         .arg(describe(label, text))
                         .arg(label->width())
                         .arg(needed);
}

void checkButton(const QAbstractButton *button, QStringList *problems)
{
    const QString text = button->text();
    if (text.isEmpty())
        return;
    if (button->width() < button->sizeHint().width() && !hasWholeTextAsTip(button, text))
        *problems << QStringLiteral("%1: %2 of %3 px")
                         .arg(describe(button, text))
                         .arg(button->width())
                         .arg(button->sizeHint().width());
}

void checkCombo(const QComboBox *combo, QStringList *problems)
{
    const QString text = combo->currentText();
    if (text.isEmpty() || combo->isEditable())
        return;
    // The frame, the arrow and the margins around the text, as the style
    // draws them.
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.currentText = text;
    const int needed = combo->style()
                           ->sizeFromContents(QStyle::CT_ComboBox, &option,
                               QSize(textWidth(combo->fontMetrics(), text), 1), combo)
                           .width();
    // As wide as Qt's own hint for the longest choice is wide enough.
    if (combo->width() < std::min(needed, combo->sizeHint().width())
        && !hasWholeTextAsTip(combo, text))
        *problems << QStringLiteral("%1: %2 of %3 px")
                         .arg(describe(combo, text))
                         .arg(combo->width())
                         .arg(needed);
}

// Tabs that do not all fit are scrolled or elided: some cannot be read.
void checkTabs(const QTabBar *tabs, QStringList *problems)
{
    if (tabs->count() == 0 || tabs->width() >= tabs->sizeHint().width())
        return;
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    *problems << QStringLiteral("%1 tabs: %2 of %3 px")
                     .arg(describe(tabs, titles.join(QStringLiteral(" | "))))
                     .arg(tabs->width())
                     .arg(tabs->sizeHint().width());
}

void checkHint(const QLineEdit *edit, QStringList *problems)
{
    const QString hint = edit->placeholderText();
    if (hint.isEmpty() || !edit->text().isEmpty())
        return;
    QStyleOptionFrame option;
    option.initFrom(edit);
    const QMargins margins = edit->textMargins();
    const int needed
        = edit->style()
              ->sizeFromContents(QStyle::CT_LineEdit, &option,
                  QSize(textWidth(edit->fontMetrics(), hint) + margins.left() + margins.right() + 4,
                      1),
                  edit)
              .width();
    if (edit->width() < needed && !hasWholeTextAsTip(edit, hint))
        *problems << QStringLiteral("%1 (placeholder): %2 of %3 px")
                         .arg(describe(edit, hint))
                         .arg(edit->width())
                         .arg(needed);
}

// Rests the pointer on the cell, as a person would, and reads the tooltip.
bool tipShowsText(const QAbstractItemView *view, const QRect &cell, const QString &text)
{
    QWidget *viewport = view->viewport();
    QHelpEvent rest(QEvent::ToolTip, cell.center(), viewport->mapToGlobal(cell.center()));
    QApplication::sendEvent(viewport, &rest);
    const bool shown = QToolTip::isVisible() && QToolTip::text().contains(text.left(40));
    QToolTip::hideText();
    return shown;
}

void checkColumns(const QAbstractItemView *view, QStringList *problems)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const auto *header = view->findChild<QHeaderView *>();
    for (QHeaderView *candidate : view->findChildren<QHeaderView *>()) {
        if (candidate->orientation() == Qt::Horizontal)
            header = candidate;
    }
    const int columns = model->columnCount(view->rootIndex());
    for (int column = 0; column < columns; ++column) {
        int width = view->viewport()->width();
        if (header && header->orientation() == Qt::Horizontal && header->isVisible()) {
            if (header->isSectionHidden(column))
                continue;
            width = header->sectionSize(column);
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            const int needed = header->sectionSizeHint(column);
            if (!title.isEmpty() && width < needed)
                *problems << QStringLiteral("%1 column «%2»: %3 of %4 px")
                                 .arg(describe(view, title))
                                 .arg(title)
                                 .arg(width)
                                 .arg(needed);
        }
        // The rows on screen: a cell's text is cut off when it does not fit
        // and the model gives no tooltip with it.
        const int rows = std::min(model->rowCount(view->rootIndex()), 40);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model->index(row, column, view->rootIndex());
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            const QRect cell = view->visualRect(index);
            if (!cell.isValid() || !view->viewport()->rect().intersects(cell))
                continue;
            const int needed = view->sizeHintForIndex(index).width();
            if (cell.width() < needed && !tipShowsText(view, cell, text)) {
                *problems << QStringLiteral("%1 cell %2,%3 «%4»: %5 of %6 px")
                                 .arg(describe(view, QString()))
                                 .arg(row)
                                 .arg(column)
                                 .arg(text.left(60))
                                 .arg(cell.width())
                                 .arg(needed);
                break; // one cell a column says enough
            }
        }
    }
}

// Whether a layout of the parent, or one nested in it, places the widget.
bool laidOut(const QLayout *layout, const QWidget *widget)
{
    for (int i = 0; layout && i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget || laidOut(item->layout(), widget))
            return true;
    }
    return false;
}

// Widgets that one layout places over each other: a layout squeezed below
// what its rows need (a row of buttons wrapped to three rows where the
// parent gave room for one) draws the buttons over the list above them.
void checkOverlaps(QWidget *window, QStringList *problems)
{
    for (QWidget *parent : window->findChildren<QWidget *>()) {
        if (!parent->isVisibleTo(window) || !parent->layout())
            continue;
        QList<QWidget *> placed;
        for (QWidget *child : parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisibleTo(window) && !child->isWindow()
                && laidOut(parent->layout(), child))
                placed << child;
        }
        for (int i = 0; i < placed.size(); ++i) {
            for (int j = i + 1; j < placed.size(); ++j) {
                const QRect overlap = placed[i]->geometry() & placed[j]->geometry();
                if (overlap.width() > 1 && overlap.height() > 1)
                    *problems << QStringLiteral("%1 lies over %2 (%3×%4 px)")
                                     .arg(describe(placed[i], QString()))
                                     .arg(describe(placed[j], QString()))
                                     .arg(overlap.width())
                                     .arg(overlap.height());
            }
        }
    }
}
} // namespace

QStringList cutOffTexts(QWidget *window)
{
    QStringList problems;
    // Texts set a moment ago (a clock's second) are laid out first, and a
    // layout that grew (buttons wrapped to more rows) passes its new size
    // up through the layouts above it, one round of events each.
    for (int round = 0; round < 8; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (needed.width() > window->width() || needed.height() > window->height())
        problems << QStringLiteral("the window needs %1×%2 and has %3×%4")
                        .arg(needed.width())
                        .arg(needed.height())
                        .arg(window->width())
                        .arg(window->height());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->width() <= 0
            || qobject_cast<QHeaderView *>(widget))
            continue;
        if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            checkColumns(view, &problems);
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label, &problems);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(button, &problems);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            checkCombo(combo, &problems);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            checkHint(edit, &problems);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            checkTabs(tabs, &problems);
    }
    checkOverlaps(window, &problems);
    problems.removeDuplicates();
    return problems;
}

QSize logicalScreen(QSize physical)
{
    const qreal ratio = qApp->devicePixelRatio();
    return QSize(qRound(physical.width() / ratio), qRound(physical.height() / ratio));
}

} // namespace tf::test
