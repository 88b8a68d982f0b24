#include <catch2/catch.hpp>

#include "ui/common/CurrentPageStack.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTest>
#include <QVBoxLayout>

namespace tf::test {
// A form of the program with `fields` rows and its buttons below them.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(int fields)
    {
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        for (int i = 0; i < fields; ++i) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("field%1").arg(i));
            form->addRow(QStringLiteral("Fält %1").arg(i + 1), edit);
            edits << edit;
        }
        layout->addLayout(form);
        buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        layout->addWidget(buttons);
    }
    QList<QLineEdit *> edits;
    QDialogButtonBox *buttons = nullptr;
};
} // namespace tf::test

namespace {
bool inSight(QWidget *widget, QWidget *window)
{
    const QRect shown(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->rect().contains(shown)
        && widget->visibleRegion().boundingRect() == widget->rect();
}
} // namespace

TEST_CASE(
    "a dialog taller than the screen scrolls, its buttons in sight and Tab in order", "[gui][look]")
{
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    tf::test::FormDialog dialog(60); // some 1,800 px of fields
    REQUIRE(dialog.layout()->totalMinimumSize().height() > screen.height());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    CHECK(dialog.height() <= screen.height());
    CHECK(dialog.minimumSizeHint().height() <= screen.height());
    CHECK(dialog.findChild<QScrollArea *>());
    // The buttons stay below the fields, in sight however far one scrolls.
    CHECK(inSight(dialog.buttons, &dialog));
    CHECK(!inSight(dialog.edits.last(), &dialog));

    // Tab goes through the fields in order, bringing each into sight, then
    // to the buttons.
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.edits.first()->setFocus(Qt::TabFocusReason);
    for (int i = 1; i < dialog.edits.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        INFO("after field " << i);
        REQUIRE(QApplication::focusWidget() == dialog.edits.at(i));
        CHECK(dialog.edits.at(i)->visibleRegion().boundingRect() == dialog.edits.at(i)->rect());
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(dialog.buttons->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE(
    "a dialog sized for an office screen opens no higher than the screen it is on", "[gui][look]")
{
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    tf::test::FormDialog dialog(40);
    dialog.resize(screen.width() / 2, screen.height() + 100); // as SBAR's 820 on a laptop
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.height() <= screen.height());
    CHECK(inSight(dialog.buttons, &dialog));
}

TEST_CASE("a dialog that fits the screen is left as it is", "[gui][look]")
{
    tf::test::FormDialog dialog(3);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(!dialog.findChild<QScrollArea *>());
    CHECK(dialog.edits.first()->parentWidget() == &dialog);
}

TEST_CASE("the pages ask for the room of the page shown, not the widest", "[gui][look]")
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *pages = new tf::CurrentPageStack(&window);
    auto *narrow = new QWidget;
    narrow->setMinimumSize(200, 100);
    auto *wide = new QWidget;
    wide->setMinimumSize(1200, 100);
    pages->addWidget(narrow);
    pages->addWidget(wide);
    layout->addWidget(pages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    pages->setCurrentWidget(narrow);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    CHECK(window.minimumSizeHint().width() < 400);
    pages->setCurrentWidget(wide);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    CHECK(window.minimumSizeHint().width() >= 1200);
}

#include "DialogsFitScreenTest.moc"
