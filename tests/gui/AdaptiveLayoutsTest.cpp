#include <catch2/catch.hpp>

#include "ui/common/AdaptiveSplitter.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/WrappingRowLayout.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace tf;

namespace {
QWidget *partOfWidth(int width, QWidget *parent = nullptr)
{
    auto *part = new QWidget(parent);
    part->setMinimumSize(width, 50);
    return part;
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
}
} // namespace

TEST_CASE("a splitter puts its parts one above the other where they do not fit side by side",
    "[gui][look]")
{
    QWidget window;
    auto *splitter = new AdaptiveSplitter(&window);
    splitter->addWidget(partOfWidth(300));
    splitter->addWidget(partOfWidth(300));
    (new QHBoxLayout(&window))->addWidget(splitter);
    CHECK(splitter->minimumSizeHint().width() < 600); // it never asks for both widths

    window.resize(900, 400);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settle();
    CHECK(splitter->orientation() == Qt::Horizontal);

    window.resize(450, 400);
    settle();
    CHECK(splitter->orientation() == Qt::Vertical);
    CHECK(splitter->widget(0)->width() >= 300);
    CHECK(splitter->widget(1)->width() >= 300);

    // Just enough room again is not yet enough: a scroll bar coming or going
    // must not flip it back and forth.
    window.resize(splitter->sideBySideWidth() + 2 * window.layout()->contentsMargins().left(), 400);
    settle();
    CHECK(splitter->orientation() == Qt::Vertical);

    window.resize(900, 400);
    settle();
    CHECK(splitter->orientation() == Qt::Horizontal);
}

TEST_CASE("a row of groups goes one below the other where the row is too narrow", "[gui][look]")
{
    QWidget row;
    auto *layout = new WrappingRowLayout(&row);
    auto *first = new QPushButton(QStringLiteral("Enhet och en lång text"), &row);
    auto *second = new QPushButton(QStringLiteral("Möte och en ännu längre text"), &row);
    layout->addWidget(first, 1);
    layout->addWidget(second, 1);
    CHECK(row.minimumSizeHint().width() < layout->sideBySideWidth());

    row.resize(layout->sideBySideWidth() + 100, 200);
    row.show();
    REQUIRE(QTest::qWaitForWindowExposed(&row));
    settle();
    CHECK(layout->direction() == QBoxLayout::LeftToRight);
    CHECK(first->geometry().top() == second->geometry().top());

    row.resize(second->sizeHint().width() + 20, 200);
    settle();
    CHECK(layout->direction() == QBoxLayout::TopToBottom);
    CHECK(second->geometry().top() >= first->geometry().bottom());
    CHECK(second->width() >= second->sizeHint().width());
}

TEST_CASE(
    "wrapped buttons make room below them instead of lying over the list above", "[gui][look]")
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *list = partOfWidth(100);
    layout->addWidget(list, 1);
    auto *buttons = new FlowLayout;
    QList<QPushButton *> made;
    for (int i = 0; i < 4; ++i) {
        made << new QPushButton(QStringLiteral("Knapp med text %1").arg(i + 1), &window);
        buttons->addWidget(made.last());
    }
    layout->addLayout(buttons);
    window.resize(1000, 200);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settle();
    const int oneRow = window.minimumSizeHint().height();

    // Narrow: the buttons take several rows and the window's minimum height
    // grows with them, so nothing is laid over the list.
    window.resize(made.first()->sizeHint().width() + 30, 200);
    settle();
    CHECK(window.minimumSizeHint().height() > oneRow);
    for (QPushButton *button : made)
        CHECK(button->geometry().top() >= list->geometry().bottom());
}
