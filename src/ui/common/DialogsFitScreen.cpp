#include "ui/common/DialogsFitScreen.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLayout>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QWizard>

namespace tf {

namespace {
// The room a window's contents get on its screen: the screen less its
// panels and a title bar.
QSize roomOnScreen(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    const QSize available = screen->availableGeometry().size();
    return QSize(available.width(), available.height() - 2 * window->fontMetrics().height());
}

// Asks for what its contents need, but never more than the screen gives
// the dialog's contents (`around`: what the dialog puts beside the area).
class ScreenBoundScrollArea : public QScrollArea
{
public:
    ScreenBoundScrollArea(QSize around, QWidget *parent)
        : QScrollArea(parent)
        , m_around(around)
    {
        setObjectName(QStringLiteral("dialogScrollArea"));
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setFocusPolicy(Qt::NoFocus); // the fields take it, not the area
    }

    QSize sizeHint() const override
    {
        return widget() ? widget()->sizeHint().expandedTo(widget()->minimumSizeHint())
                        : QScrollArea::sizeHint();
    }

    QSize minimumSizeHint() const override
    {
        if (!widget())
            return QScrollArea::minimumSizeHint();
        const QSize scrollBars(
            verticalScrollBar()->sizeHint().width(), horizontalScrollBar()->sizeHint().height());
        const QSize room = (roomOnScreen(window()) - m_around).expandedTo(4 * scrollBars);
        QSize needed = widget()->minimumSizeHint().expandedTo(widget()->minimumSize());
        // Scrolling one way takes a scroll bar's room the other way.
        if (needed.height() > room.height())
            needed.rwidth() += scrollBars.width();
        if (needed.width() > room.width())
            needed.rheight() += scrollBars.height();
        return needed.boundedTo(room);
    }

private:
    QSize m_around;
};

// The buttons that close the dialog, kept in sight below the scroll area:
// the layout's last item when it is a button box or a row of buttons.
bool isButtonRow(QLayoutItem *item)
{
    if (!item)
        return false;
    if (qobject_cast<QDialogButtonBox *>(item->widget()))
        return true;
    QLayout *row = item->layout();
    if (!row)
        return false;
    bool anyButton = false;
    for (int i = 0; i < row->count(); ++i) {
        QWidget *widget = row->itemAt(i)->widget();
        if (!widget)
            continue; // a stretch or a spacing
        if (!qobject_cast<QAbstractButton *>(widget))
            return false;
        anyButton = true;
    }
    return anyButton;
}

QList<QPointer<QWidget>> tabOrder(QWidget *dialog)
{
    QList<QPointer<QWidget>> order;
    for (QWidget *widget = dialog->nextInFocusChain(); widget && widget != dialog;
         widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            order << widget;
    }
    return order;
}

void scrollWhenTooLarge(QDialog *dialog)
{
    QLayout *fields = dialog->layout();
    if (!fields || dialog->findChild<QScrollArea *>(QStringLiteral("dialogScrollArea")))
        return;
    const QSize room = roomOnScreen(dialog);
    const QSize needed = fields->totalMinimumSize();
    if (needed.width() <= room.width() && needed.height() <= room.height())
        return;

    const QList<QPointer<QWidget>> order = tabOrder(dialog);
    const QMargins margins = fields->contentsMargins();
    QLayoutItem *buttons = nullptr;
    if (fields->count() > 1 && isButtonRow(fields->itemAt(fields->count() - 1)))
        buttons = fields->takeAt(fields->count() - 1);

    QSize around(0, 0);
    if (buttons)
        around.rheight() += buttons->sizeHint().height() + margins.bottom()
            + dialog->style()->layoutSpacing(
                QSizePolicy::DefaultType, QSizePolicy::PushButton, Qt::Vertical);
    // Made inside the dialog, so the fields never leave its window and
    // its focus chain while they move.
    auto *area = new ScreenBoundScrollArea(around, dialog);
    auto *content = new QWidget(area);
    content->setObjectName(QStringLiteral("dialogContent"));
    content->setLayout(fields); // takes the layout, and its fields, from the dialog
    area->setWidget(content);

    auto *outer = new QVBoxLayout(dialog);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(area, 1);
    if (buttons) {
        auto *row = new QVBoxLayout;
        row->setContentsMargins(margins.left(), 0, margins.right(), margins.bottom());
        if (QWidget *box = buttons->widget()) {
            row->addWidget(box);
            delete buttons;
        } else {
            QLayout *buttonRow = buttons->layout();
            buttonRow->setParent(nullptr);
            row->addLayout(buttonRow);
        }
        outer->addLayout(row);
    }
    // Tab goes as it went.
    QWidget *previous = nullptr;
    for (const QPointer<QWidget> &widget : order) {
        if (!widget)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

class DialogsFitScreen : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Polish comes once, before a window is first sized and shown.
        if (event->type() == QEvent::Polish) {
            auto *dialog = qobject_cast<QDialog *>(watched);
            if (ours(dialog) && !qobject_cast<QWizard *>(dialog))
                scrollWhenTooLarge(dialog);
        }
        // A height the dialog chose for an office screen (820 pixels for
        // SBAR) shrinks to the screen it opens on, before it is mapped, and
        // its fields scroll: a laptop's screen is short before it is narrow.
        if (event->type() == QEvent::Show) {
            auto *dialog = qobject_cast<QDialog *>(watched);
            if (ours(dialog)) {
                const int room = roomOnScreen(dialog).height();
                if (dialog->height() > room)
                    dialog->resize(dialog->width(), room);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static bool ours(const QDialog *dialog)
    {
        return dialog && dialog->isWindow() && !qobject_cast<const QMessageBox *>(dialog)
            && QByteArray(dialog->metaObject()->className()).startsWith("tf::");
    }
};
} // namespace

void installDialogsFitScreen(QApplication &app)
{
    app.installEventFilter(new DialogsFitScreen(&app));
}

} // namespace tf
