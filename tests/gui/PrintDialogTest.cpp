// Qt's print dialog and its printer properties (page, job options) in
// Swedish: the program's own translations of Qt's print contexts.
#include <catch2/catch.hpp>

#include "support/Screenshots.h"
#include "support/VisibleText.h"

#include <QApplication>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

namespace {
// Texts of Qt's print dialogs that showed in English before.
const QStringList englishTexts = {QStringLiteral("Page"), QStringLiteral("Job Options"),
    QStringLiteral("Millimeters (mm)"), QStringLiteral("Pages per sheet:"),
    QStringLiteral("Scheduled printing:"), QStringLiteral("Banner Pages"),
    QStringLiteral("Printer Properties"), QStringLiteral("Print Immediately"),
    QStringLiteral("Top Secret"), QStringLiteral("Page Layout"),
    QStringLiteral("Left to Right, Top to Bottom"), QStringLiteral("Reverse landscape"),
    QStringLiteral("Double Sided Printing"), QStringLiteral("Envelope C5")};

// The texts of every tab of the dialog, each tab shown in turn.
QStringList textsOfEveryTab(QDialog *dialog, const QString &screenshot)
{
    QStringList texts = tf::test::visibleTexts(dialog);
    const auto tabWidgets = dialog->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            texts << tf::test::visibleTexts(dialog);
            tf::test::saveScreenshotIfAsked(dialog, screenshot + QString::number(index));
        }
    }
    for (QString &text : texts)
        text.remove(QLatin1Char('&'));
    return texts;
}

void requireSwedish(const QStringList &texts)
{
    for (const QString &english : englishTexts) {
        INFO(english.toStdString());
        CHECK_FALSE(texts.contains(english));
    }
    const QStringList words = tf::test::englishWords(texts);
    INFO(words.join(QLatin1Char('\n')).toStdString());
    CHECK(words.isEmpty());
}
} // namespace

TEST_CASE("the printer properties show page and job options in Swedish", "[look][print][gui]")
{
    QPrinter printer;
    QPrintDialog dialog(&printer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    requireSwedish(textsOfEveryTab(&dialog, QStringLiteral("print-dialog-")));

    QStringList properties;
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(modal != nullptr);
        REQUIRE(modal != &dialog);
        opened = true;
        properties = textsOfEveryTab(modal, QStringLiteral("print-properties-"));
        modal->reject();
    });
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("properties"));
    REQUIRE(button != nullptr);
    REQUIRE(button->isEnabled());
    button->click();
    REQUIRE(opened);
    CHECK(properties.contains(QStringLiteral("Sida")));
    CHECK(properties.contains(QStringLiteral("Utskriftsjobb")));
    CHECK(properties.contains(QStringLiteral("Sidor per ark:")));
    CHECK(properties.contains(QStringLiteral("Schemalagd utskrift:")));
    requireSwedish(properties);
}

TEST_CASE("the page setup dialog is in Swedish", "[look][print][gui]")
{
    QPrinter printer;
    QPageSetupDialog dialog(&printer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QStringList texts = textsOfEveryTab(&dialog, QStringLiteral("page-setup-"));
    CHECK(texts.contains(QStringLiteral("Millimeter (mm)")));
    requireSwedish(texts);
}
