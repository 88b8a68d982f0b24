#pragma once

#include <QMessageBox>

#include <functional>

namespace tf {

// Message boxes behind one door, so tests can answer them in advance instead
// of blocking on a modal dialog.
class MessageBox
{
public:
    using Handler = std::function<QMessageBox::StandardButton(
        QMessageBox::Icon, const QString &title, const QString &text)>;

    static void error(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // Returns true when the user chose the affirmative button.
    static bool question(QWidget *parent, const QString &title, const QString &text,
        const QString &yesText, const QString &noText);
    enum class Choice { Yes, No, Cancel };
    // Three answers, the third one (also Escape and closing the box) cancels
    // the whole step. A handler answers QMessageBox::Yes, No or Cancel.
    static Choice choose(QWidget *parent, const QString &title, const QString &text,
        const QString &yesText, const QString &noText, const QString &cancelText);

    // Tests install a handler; pass an empty handler to restore dialogs.
    static void setHandler(Handler handler);

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon,
        const QString &title, const QString &text, const QString &yesText, const QString &noText,
        const QString &cancelText = {});
};

} // namespace tf
