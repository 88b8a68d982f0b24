#include "ui/common/FileDialog.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QFileDialog>
#include <QMimeDatabase>
#include <QStyle>

namespace tf {

namespace {
FileDialog::Handler &handler()
{
    static FileDialog::Handler instance;
    return instance;
}

// Icons and type names from the file name alone. Qt's own provider reads a
// file's first bytes to tell its type; on POSIX, closing that descriptor
// drops every lock the process holds on the file, so a dialog showing the
// database's folder would silently take SQLite's locks away.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override
    {
        QStyle *style = QApplication::style();
        switch (type) {
        case Computer:
        case Drive:
            return style->standardIcon(QStyle::SP_DriveHDIcon);
        case Desktop:
            return style->standardIcon(QStyle::SP_DesktopIcon);
        case Trashcan:
            return style->standardIcon(QStyle::SP_TrashIcon);
        case Network:
            return style->standardIcon(QStyle::SP_DriveNetIcon);
        case Folder:
            return style->standardIcon(QStyle::SP_DirIcon);
        case File:
            break;
        }
        return style->standardIcon(QStyle::SP_FileIcon);
    }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return icon(Folder);
        const QMimeType mime = byName(info);
        return QIcon::fromTheme(
            mime.iconName(), QIcon::fromTheme(mime.genericIconName(), icon(File)));
    }

    QString type(const QFileInfo &info) const override
    {
        // The MIME database's descriptions follow the computer's language,
        // which may not be Swedish; the suffix says enough.
        if (info.isDir())
            return QFileDialog::tr("Folder");
        const QString suffix = info.suffix().toUpper();
        return suffix.isEmpty() ? QFileDialog::tr("File") : QFileDialog::tr("%1 file").arg(suffix);
    }

private:
    static QMimeType byName(const QFileInfo &info)
    {
        return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }
};
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
    // Qt's own dialog, never a platform one: a dialog running inside the
    // process reads files' contents to show their types.
    static NameOnlyIconProvider iconProvider;
    QFileDialog dialog(parent, title, suggested, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&iconProvider);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

QString FileDialog::openFile(
    QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    if (handler())
        return handler()(title, folder);
    static NameOnlyIconProvider iconProvider;
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&iconProvider);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

} // namespace tf
