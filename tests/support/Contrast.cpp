#include "support/Contrast.h"

#include "ui/common/PaletteColours.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QLabel>
#include <QTextCharFormat>

#include <algorithm>
#include <functional>

namespace tf::test {

namespace {
const double kReadable = 4.5;
// Long tables: the rows a person sees first say how every row is coloured.
const int kRowsLooked = 200;

QString where(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

void checkPair(QStringList &problems, const QWidget *widget, const QString &text,
    const QColor &foreground, const QColor &background)
{
    const double ratio = contrastRatio(foreground, background);
    if (ratio < kReadable) {
        problems << QStringLiteral("%1: \"%2\" %3 on %4, %5:1")
                        .arg(where(widget), text.left(40), foreground.name(), background.name())
                        .arg(ratio, 0, 'f', 1);
    }
}

void checkCells(QStringList &problems, const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    const QPalette palette = view->palette();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < std::min(model->rowCount(parent), kRowsLooked); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QVariant foreground = index.data(Qt::ForegroundRole);
                const QVariant background = index.data(Qt::BackgroundRole);
                if (!foreground.isValid() && !background.isValid())
                    continue;
                const QColor text = foreground.isValid() ? foreground.value<QBrush>().color()
                                                         : palette.color(QPalette::Text);
                const QColor behind = background.isValid() ? background.value<QBrush>().color()
                                                           : palette.color(QPalette::Base);
                checkPair(problems, view, index.data().toString(), text, behind);
            }
            walk(model->index(row, 0, parent));
        }
    };
    walk({});
}

void checkCalendar(QStringList &problems, const QCalendarWidget *calendar)
{
    const QPalette palette = calendar->palette();
    const auto formats = calendar->dateTextFormat();
    for (auto it = formats.cbegin(); it != formats.cend(); ++it) {
        const QTextCharFormat &format = it.value();
        const QColor text = format.foreground().style() != Qt::NoBrush
            ? format.foreground().color()
            : palette.color(QPalette::Text);
        const QColor behind = format.background().style() != Qt::NoBrush
            ? format.background().color()
            : palette.color(QPalette::Base);
        checkPair(problems, calendar, it.key().toString(Qt::ISODate), text, behind);
    }
}
} // namespace

QStringList lowContrastTexts(QWidget *root)
{
    QStringList problems;
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (view->isVisible() && view->model())
            checkCells(problems, view);
    }
    for (const QCalendarWidget *calendar : root->findChildren<QCalendarWidget *>())
        checkCalendar(problems, calendar);
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty()
            && label->testAttribute(Qt::WA_SetPalette)) {
            checkPair(problems, label, label->text(), label->palette().color(QPalette::WindowText),
                label->palette().color(QPalette::Window));
        }
    }
    return problems;
}

} // namespace tf::test
