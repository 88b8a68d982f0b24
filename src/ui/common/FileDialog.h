#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tf {

// File dialogs behind one door, so tests can answer them in advance.
class FileDialog
{
public:
    using Handler = std::function<QString(const QString &title, const QString &suggested)>;

    // The chosen path, or empty when the user cancelled.
    static QString saveFile(
        QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    // The chosen existing file, or empty when the user cancelled.
    static QString openFile(
        QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    // Tests install a handler; pass an empty handler to restore dialogs.
    static void setHandler(Handler handler);
};

} // namespace tf
