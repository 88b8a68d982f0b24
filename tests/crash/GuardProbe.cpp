// Throws from a timer slot inside the program's application object, as a
// failed read in a view would, and prints what the user was shown. The
// guarded-application test checks that the program goes on and speaks
// Swedish instead of terminating.
#include "domain/StorageError.h"
#include "services/Translations.h"
#include "ui/common/GuardedApplication.h"
#include "ui/common/MessageBox.h"

#include <QTimer>

#include <cstdio>
#include <stdexcept>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    tf::GuardedApplication app(argc, argv);
    tf::installSwedish(app);
    tf::MessageBox::setHandler([](QMessageBox::Icon, const QString &, const QString &text) {
        std::printf("shown: %s\n", text.toUtf8().constData());
        std::fflush(stdout);
        return QMessageBox::Ok;
    });
    QTimer::singleShot(0, [] {
        throw tf::StorageError(
            tf::StorageError::Kind::Corrupt, QStringLiteral("Databasfilen är skadad."));
    });
    QTimer::singleShot(10, [] { throw std::runtime_error("illegal value"); });
    QTimer::singleShot(20, [] {
        std::printf("still running\n");
        QCoreApplication::quit();
    });
    return app.exec();
}
