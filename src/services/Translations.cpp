#include "services/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tf {

void installSwedish(QCoreApplication &app)
{
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QLocale::setDefault(swedish);
    // The translator searched last is the one installed first.
    const struct {
        const char *name;
        const char *folder;
    } files[] = {
        {"qt_sv", nullptr},
        {"qt_overrides_sv", ":/i18n"},
        {"teamforum_sv", ":/i18n"},
    };
    for (const auto &file : files) {
        auto *translator = new QTranslator(&app);
        const QString folder = file.folder ? QString::fromLatin1(file.folder)
                                           : QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (translator->load(QString::fromLatin1(file.name), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace tf
