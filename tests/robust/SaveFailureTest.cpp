// The disk fills up while the secretary types in meeting mode: the problem
// is shown in a banner that takes no keystroke, every character stays in the
// field, and all of it is saved once there is room again. The full disk is
// SQLite's own limit on the file's pages (max_page_count), which fails a
// write that needs a new page exactly as a full disk does (SQLITE_FULL).
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/Query.h"
#include "support/MinutesFixture.h"
#include "support/RobustnessReport.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/NotesEdit.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace tf;

namespace {
void type(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

// The file may not grow by a single page: the disk is full.
void fillDisk(Workspace &workspace, bool full)
{
    Query pages(workspace.database(), QStringLiteral("PRAGMA page_count"));
    pages.exec();
    REQUIRE(pages.next());
    const qint64 limit = full ? pages.value(0).toLongLong() : 1'000'000'000;
    Query(workspace.database(), QStringLiteral("PRAGMA max_page_count = %1").arg(limit)).exec();
}

QString storedNote(const test::TestBackend &backend, qint64 meetingId)
{
    Workspace reader(backend.spec);
    reader.open();
    const auto entries = reader.minutes().entries(meetingId);
    return entries.isEmpty() ? QString() : entries.first().text;
}
} // namespace

TEST_CASE("a full disk in meeting mode shows a banner and keeps every keystroke",
    "[minutes][gui][robust]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    test::ShownMessages shown(QMessageBox::Yes);

    MeetingModeView view(workspace);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    tf::test::waitShown(view); // the chooser's meetings
    QTest::mouseClick(
        test::child<QPushButton>(&view, QStringLiteral("startMeetingModeButton")), Qt::LeftButton);
    tf::test::waitShown(view);
    REQUIRE(view.meetingId() == f.meetingId);
    view.editor()->setCurrentIndex(0);
    auto *notes = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    REQUIRE(notes);
    auto *banner = test::child<QLabel>(&view, QStringLiteral("problemBanner"));
    CHECK_FALSE(banner->isVisible());

    fillDisk(workspace, true);
    // A pasted page of text needs new pages in the file; then typing goes on.
    const QString pasted = QString(QStringLiteral("Genomgång av veckan. ")).repeated(4000);
    notes->insertPlainText(pasted);
    CHECK_FALSE(view.saveNow());
    type(notes, QStringLiteral("Åsa"));
    CHECK_FALSE(view.saveNow());
    type(notes, QStringLiteral(" är på kurs."));
    CHECK_FALSE(view.saveNow());

    CHECK(shown.texts.isEmpty()); // no message box took a keystroke
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(QApplication::focusWidget() == notes);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Disken är full")));
    CHECK(notes->toPlainText() == pasted + QStringLiteral("Åsa är på kurs."));
    CHECK(storedNote(backend, f.meetingId).isEmpty());

    fillDisk(workspace, false);
    type(notes, QStringLiteral("!"));
    REQUIRE(view.saveNow());
    CHECK_FALSE(banner->isVisible());
    const QString expected = pasted + QStringLiteral("Åsa är på kurs.!");
    const QString stored = storedNote(backend, f.meetingId);
    CHECK(stored == expected);
    // Three saves failed; what was typed meanwhile is counted as lost if absent.
    test::reportRobustness(QStringLiteral("disk full while minutes are typed"), 3,
        shown.texts.isEmpty() && stored == expected ? 3 : 0,
        qMax<qint64>(0, expected.size() - stored.size()));
}

TEST_CASE("quitting or leaving meeting mode with notes that could not be saved says so",
    "[minutes][gui][robust]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    MainWindow window(workspace);
    window.resize(1366, 768);
    window.start(QStringLiteral("Eva Enhetschef"));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *meetingMode = qobject_cast<MeetingModeView *>(window.page(2));
    REQUIRE(meetingMode);
    window.showPage(2);
    test::openShown(*meetingMode, f.meetingId);
    REQUIRE(meetingMode->meetingInProgress());
    auto *notes
        = test::notesOf(meetingMode, workspace.meetings().agendaItems(f.meetingId).at(0).title);
    REQUIRE(notes);
    notes->setFocus();

    fillDisk(workspace, true);
    notes->insertPlainText(QString(QStringLiteral("Genomgång av veckan. ")).repeated(4000));
    {
        // Quitting would lose the text: the question says so, not "saved".
        test::ShownMessages answers(QMessageBox::No);
        CHECK_FALSE(window.close());
        REQUIRE(answers.texts.size() == 1);
        CHECK(answers.texts.first().contains(QStringLiteral("kunde inte sparas")));
        CHECK_FALSE(answers.texts.first().contains(QStringLiteral("är sparat")));
        // Switching view keeps the text in meeting mode: said as such.
        window.showPage(3);
        REQUIRE(answers.texts.size() == 2);
        CHECK(answers.texts.at(1).contains(QStringLiteral("ligger kvar i mötesläget")));
        CHECK(
            test::child<QListWidget>(&window, QStringLiteral("navigationListWidget"))->currentRow()
            == 2);
    }
    fillDisk(workspace, false);
    {
        test::ShownMessages answers(QMessageBox::No);
        CHECK_FALSE(window.close());
        REQUIRE(answers.texts.size() == 1);
        CHECK(answers.texts.first().contains(QStringLiteral("Allt som skrivits är sparat")));
    }
    CHECK(storedNote(backend, f.meetingId).startsWith(QStringLiteral("Genomgång av veckan.")));
}
