// tf::MessageBox shown for real: what the keyboard's Escape answers.
#include <catch2/catch.hpp>

#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

using namespace tf;

namespace {
// Presses Escape in the box once it is shown.
void escapeWhenShown()
{
    QTimer::singleShot(0, [] {
        QWidget *box = QApplication::activeModalWidget();
        REQUIRE(box);
        QTest::keyClick(box, Qt::Key_Escape);
    });
}
} // namespace

TEST_CASE("Escape in a three-way question cancels, never picks an answer", "[gui][messagebox]")
{
    escapeWhenShown();
    CHECK(MessageBox::choose(nullptr, QStringLiteral("Exportera till kalender"),
              QStringLiteral("Skicka serien som inbjudan?"), QStringLiteral("Inbjudan"),
              QStringLiteral("Bara kalender"), QStringLiteral("Avbryt"))
        == MessageBox::Choice::Cancel);
    // A two-way question still takes Escape as its cautious No.
    escapeWhenShown();
    CHECK_FALSE(MessageBox::question(nullptr, QStringLiteral("Ställ in mötet"),
        QStringLiteral("Ställa in mötet?"), QStringLiteral("Ställ in"),
        QStringLiteral("Behåll mötet")));
}
