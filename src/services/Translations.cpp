#include "services/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QTranslator>

#include <clocale>

namespace tf {

namespace {
bool install(QCoreApplication &app, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(name, folder))
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}
} // namespace

namespace {
// The environment's locale variables as they were before the program made
// them Swedish, put back once Qt has read them.
struct SavedVariable
{
    const char *name;
    bool wasSet;
    QByteArray value;
};
QList<SavedVariable> &savedLocaleVariables()
{
    static QList<SavedVariable> saved;
    return saved;
}

void restoreLocaleVariables()
{
    for (const SavedVariable &variable : savedLocaleVariables()) {
        if (variable.wasSet)
            qputenv(variable.name, variable.value);
        else
            qunsetenv(variable.name);
    }
    savedLocaleVariables().clear();
}
} // namespace

void useSwedishSystemLocale()
{
    const QList<QPair<const char *, QByteArray>> swedish
        = {{"LC_ALL", "sv_SE.UTF-8"}, {"LANG", "sv_SE.UTF-8"}, {"LANGUAGE", "sv"}};
    for (const auto &[name, value] : swedish) {
        savedLocaleVariables() << SavedVariable {
            name, qEnvironmentVariableIsSet(name), qgetenv(name)};
        qputenv(name, value);
    }
}

void installSwedish(QCoreApplication &app)
{
    // The application object set the C library's locale from the
    // environment; its numbers stay C's, so no library reads "1,5".
    std::setlocale(LC_NUMERIC, "C");
    // Qt reads the system locale once; programs started from here (a PDF
    // viewer, a database server in the tests) get the user's own variables.
    Q_UNUSED(QLocale::system());
    restoreLocaleVariables();
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QLocale::setDefault(swedish);
    // The translator searched last is the one installed first.
    // Debian ships Qt's Swedish only as the older qt_sv.qm of its Qt 5
    // translations package; its texts for the file, print and preview
    // dialogs still match Qt 6's.
    const QStringList qtFolders = {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QStringLiteral("/usr/share/qt5/translations")};
    for (const QString &folder : qtFolders) {
        if (install(app, QStringLiteral("qt_sv"), folder))
            break;
    }
    install(app, QStringLiteral("qt_overrides_sv"), QStringLiteral(":/i18n"));
    install(app, QStringLiteral("teamforum_sv"), QStringLiteral(":/i18n"));
}

} // namespace tf
