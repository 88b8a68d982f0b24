#include "app/FirstPaintProbe.h"
#include "app/FontWarmUp.h"
#include "app/Startup.h"
#include "services/Identity.h"
#include "services/Logging.h"
#include "services/Translations.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/StorageError.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const tf::FontWarmUp fonts;
    QApplication::setOrganizationName(QStringLiteral("Teamforum"));
    QApplication::setApplicationName(QStringLiteral("Teamforum"));
    QApplication::setApplicationDisplayName(QStringLiteral("Teamforum"));
    QApplication::setApplicationVersion(QStringLiteral(TEAMFORUM_VERSION));
    tf::installSwedish(app);
    tf::setupLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    spdlog::info("Teamforum {} starting", TEAMFORUM_VERSION);

    tf::ConnectionSpec spec;
    QString error;
    if (!tf::chooseConnection(app, &spec, &error)) {
        tf::MessageBox::error(nullptr, QCoreApplication::translate("main", "Teamforum"), error);
        return 1;
    }
    tf::Workspace workspace(spec);
    try {
        workspace.open();
    } catch (const tf::StorageError &storageError) {
        spdlog::error(
            "opening the database failed: code {}", storageError.nativeCode().toStdString());
        tf::MessageBox::error(nullptr,
            QCoreApplication::translate("main", "The database could not be opened"),
            storageError.userMessage());
        return 1;
    }

    tf::Identity identity(workspace);
    auto person = identity.recognise();
    if (!person) {
        tf::FirstRunDialog dialog;
        try {
            dialog.setKnownPeople(workspace.people().all());
        } catch (const tf::StorageError &) {
            // Without the list the dialog still works: a new person is added.
        }
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        try {
            if (const qint64 known = dialog.knownPersonId();
                known > 0 && !workspace.database().isPostgres())
                identity.adopt(known);
            else
                identity.registerPerson(dialog.person());
        } catch (const tf::StorageError &storageError) {
            tf::MessageBox::error(nullptr,
                QCoreApplication::translate("main", "You could not be registered"),
                storageError.userMessage());
            return 1;
        }
        person = identity.recognise();
    }

    tf::MainWindow window(workspace, person ? person->name : QString());
    if (auto *probe = tf::FirstPaintProbe::attachIfRequested(&window))
        QObject::connect(
            &window, &tf::MainWindow::startPageShown, probe, &tf::FirstPaintProbe::contentReady);
    window.show();
    return app.exec();
}
