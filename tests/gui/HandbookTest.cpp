// Hjälp → Handbok: the menu entry opens the handbook's first page in the
// browser, and the handbook is whole: every chapter it links to and every
// picture a page shows are there.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/TestBackends.h"
#include "ui/shell/Handbook.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace tf;

namespace {
// Receives what QDesktopServices would give the browser.
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    BrowserStandIn() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~BrowserStandIn() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

QString textOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The targets of the page's attribute (href or src) that are files of the
// handbook: not web addresses, not anchors on the same page.
QStringList localTargets(const QString &html, const QString &attribute)
{
    QStringList targets;
    const QRegularExpression pattern(attribute + QStringLiteral("=\"([^\"#]+)[^\"]*\""));
    for (auto match = pattern.globalMatch(html); match.hasNext();) {
        const QString target = match.next().captured(1);
        if (!target.contains(QStringLiteral("://"))
            && !target.startsWith(QStringLiteral("mailto:")))
            targets << target;
    }
    return targets;
}
} // namespace

TEST_CASE("Hjälp → Handbok opens the handbook's first page in the browser", "[gui][handbook]")
{
    const QString index = handbookIndex();
    REQUIRE_FALSE(index.isEmpty());
    CHECK(QFileInfo(index).fileName() == QStringLiteral("index.html"));

    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    MainWindow window(workspace);
    auto *action = window.findChild<QAction *>(QStringLiteral("handbookAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("&Handbok"));
    BrowserStandIn browser;
    action->trigger();
    REQUIRE(browser.opened.size() == 1);
    CHECK(browser.opened.first() == QUrl::fromLocalFile(index));
}

TEST_CASE("every chapter the handbook links to and every picture it shows is there", "[handbook]")
{
    const QString index = handbookIndex();
    REQUIRE_FALSE(index.isEmpty());
    const QDir folder = QFileInfo(index).dir();
    const QStringList chapters = localTargets(textOf(index), QStringLiteral("href"))
                                     .filter(QRegularExpression(QStringLiteral("\\.html$")));
    // One chapter for each role, and the command line's.
    CHECK(chapters.size() >= 5);
    QStringList pages {index};
    for (const QString &chapter : chapters) {
        INFO(chapter.toStdString());
        CHECK(folder.exists(chapter));
        if (folder.exists(chapter))
            pages << folder.filePath(chapter);
    }
    int pictures = 0;
    for (const QString &page : pages) {
        const QString html = textOf(page);
        for (const QString &link : localTargets(html, QStringLiteral("href"))) {
            INFO(page.toStdString() << " links to " << link.toStdString());
            CHECK(folder.exists(link));
        }
        for (const QString &image : localTargets(html, QStringLiteral("src"))) {
            INFO(page.toStdString() << " shows " << image.toStdString());
            CHECK(folder.exists(image));
            ++pictures;
        }
    }
    CHECK(pictures >= 8);
}

#include "HandbookTest.moc"
