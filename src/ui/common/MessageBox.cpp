#include "ui/common/MessageBox.h"

#include <QPushButton>

namespace tf {

namespace {
MessageBox::Handler &handler()
{
    static MessageBox::Handler instance;
    return instance;
}
} // namespace

void MessageBox::setHandler(Handler newHandler)
{
    handler() = std::move(newHandler);
}

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon,
    const QString &title, const QString &text, const QString &yesText, const QString &noText,
    const QString &cancelText)
{
    if (handler())
        return handler()(icon, title, text);
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    if (yesText.isEmpty()) {
        box.addButton(QMessageBox::Ok);
    } else {
        box.addButton(yesText, QMessageBox::YesRole)->setAccessibleName(yesText);
        box.setDefaultButton(box.addButton(noText, QMessageBox::NoRole));
        box.defaultButton()->setAccessibleName(noText);
    }
    if (!cancelText.isEmpty()) {
        QPushButton *cancel = box.addButton(cancelText, QMessageBox::RejectRole);
        cancel->setAccessibleName(cancelText);
        box.setEscapeButton(cancel);
    }
    box.exec();
    if (!cancelText.isEmpty() && box.buttonRole(box.clickedButton()) == QMessageBox::RejectRole)
        return QMessageBox::Cancel;
    if (!yesText.isEmpty())
        return box.buttonRole(box.clickedButton()) == QMessageBox::YesRole ? QMessageBox::Yes
                                                                           : QMessageBox::No;
    return QMessageBox::Ok;
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Critical, title, text, {}, {});
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, {}, {});
}

bool MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    const QString &yesText, const QString &noText)
{
    return show(parent, QMessageBox::Question, title, text, yesText, noText) == QMessageBox::Yes;
}

MessageBox::Choice MessageBox::choose(QWidget *parent, const QString &title, const QString &text,
    const QString &yesText, const QString &noText, const QString &cancelText)
{
    switch (show(parent, QMessageBox::Question, title, text, yesText, noText, cancelText)) {
    case QMessageBox::Yes:
        return Choice::Yes;
    case QMessageBox::No:
        return Choice::No;
    default:
        return Choice::Cancel;
    }
}

} // namespace tf
