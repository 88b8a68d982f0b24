#include "ui/common/FileDialog.h"

#include <QFileDialog>

namespace tf {

namespace {
FileDialog::Handler &handler()
{
    static FileDialog::Handler instance;
    return instance;
}
} // namespace

void FileDialog::setHandler(Handler newHandler)
{
    handler() = std::move(newHandler);
}

QString FileDialog::saveFile(
    QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (handler())
        return handler()(title, suggested);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace tf
