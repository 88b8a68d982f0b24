// Two people change the same text: the second save shows both texts side by
// side, and what the user chooses is what is stored.
#include <catch2/catch.hpp>

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/Mnemonics.h"
#include "support/RobustnessReport.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/common/ConflictDialog.h"
#include "ui/minutes/ActionsView.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/NotesEdit.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <iterator>

using namespace tf;
using tf::test::checkSwedishAndNamed;
using tf::test::child;

namespace {
struct Case
{
    const char *button;
    QString (*expected)(const QString &mine, const QString &theirs);
};

const QString kCombined = QStringLiteral("Föll i natt, inga skador. Larmet fungerade.");

const Case kCases[] = {
    {"keepMineButton", [](const QString &mine, const QString &) { return mine; }},
    {"takeTheirsButton", [](const QString &, const QString &theirs) { return theirs; }},
    {"saveMergedButton", [](const QString &, const QString &) { return kCombined; }},
};

// Checks the dialog shows both texts, in Swedish with unique Alt+letters,
// edits the combined text and presses the case's button.
void answer(ConflictDialog *dialog, const QString &mine, const QString &theirs, const Case &c)
{
    checkSwedishAndNamed(dialog);
    CHECK(tf::test::duplicateMnemonics(dialog).isEmpty());
    CHECK(child<QPlainTextEdit>(dialog, QStringLiteral("myTextEdit"))->toPlainText() == mine);
    CHECK(child<QPlainTextEdit>(dialog, QStringLiteral("theirTextEdit"))->toPlainText() == theirs);
    CHECK(child<QPlainTextEdit>(dialog, QStringLiteral("myTextEdit"))->isReadOnly());
    auto *merged = child<QPlainTextEdit>(dialog, QStringLiteral("mergedTextEdit"));
    CHECK_FALSE(merged->isReadOnly());
    // The proposal holds both, the stored text first.
    CHECK(merged->toPlainText() == theirs + QLatin1Char('\n') + mine);
    if (const QString dir = qEnvironmentVariable("TEAMFORUM_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("conflict-dialog.png")));
    merged->setPlainText(kCombined);
    QTest::mouseClick(child<QPushButton>(dialog, QLatin1String(c.button)), Qt::LeftButton);
}

// Runs `drive` on the next modal dialog once it is shown.
void whenModal(std::function<void(QWidget *)> drive)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, drive] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            drive(modal);
        }
    });
    timer->start(20);
}

QString storedNotes(Workspace &workspace, const test::MinutesFixture &f)
{
    for (const MinuteEntry &entry : workspace.minutes().entries(f.meetingId)) {
        if (entry.agendaItemId == f.itemIds.first() && entry.section.isEmpty())
            return entry.text;
    }
    return {};
}

NotesEdit *visibleNotes(MinutesEditor &editor)
{
    for (NotesEdit *field : editor.findChildren<NotesEdit *>()) {
        if (field->isVisible())
            return field;
    }
    return nullptr;
}
} // namespace

TEST_CASE("two secretaries changing the same note choose between the texts side by side",
    "[minutes][gui][conflict]")
{
    const test::ReportedCase row(
        QStringLiteral("same record edited twice: notes in meeting mode (per choice, engine)"),
        static_cast<int>(std::size(kCases) * test::testBackends().size()));
    for (const Case &c : kCases) {
        for (const auto &backend : test::testBackends()) {
            INFO("engine: " << backend.name.toStdString() << ", button: " << c.button);
            Workspace first(backend.spec);
            first.open();
            const auto f = test::makeMinutesFixture(first);
            first.setActorId(f.chairId);
            MinuteEntry base;
            base.agendaItemId = f.itemIds.first();
            base.text = QStringLiteral("Fall i natt.");
            first.minutes().saveEntry(base, f.chairId);
            Workspace second(backend.spec);
            second.open();
            second.setActorId(f.nurseId);
            const Meeting meeting = *first.meetings().byId(f.meetingId);

            MinutesEditor one(first);
            MinutesEditor two(second);
            for (MinutesEditor *editor : {&one, &two}) {
                editor->resize(1000, 700);
                editor->show();
                editor->load(meeting);
                editor->setCurrentIndex(0);
            }
            NotesEdit *notesOne = visibleNotes(one);
            NotesEdit *notesTwo = visibleNotes(two);
            REQUIRE(notesOne);
            REQUIRE(notesTwo);
            // Both rewrite what was there, in different ways.
            const QString theirs = QStringLiteral("Fall i natt, inga skador.");
            const QString mine = QStringLiteral("Föll i natt. Larmet fungerade.");
            notesOne->setPlainText(theirs);
            REQUIRE(one.saveNow());
            notesTwo->setPlainText(mine);
            CHECK_FALSE(two.saveNow()); // not saved: the writer chooses first

            auto *dialog = two.findChild<ConflictDialog *>();
            REQUIRE(dialog);
            REQUIRE(QTest::qWaitForWindowExposed(dialog));
            CHECK(storedNotes(first, f) == theirs); // nothing overwritten meanwhile
            CHECK(two.hasPendingChanges());
            answer(dialog, mine, theirs, c);

            const QString expected = c.expected(mine, theirs);
            CHECK(storedNotes(first, f) == expected);
            CHECK(notesTwo->toPlainText() == expected);
            CHECK_FALSE(two.hasPendingChanges());
            // Writing on saves over the chosen version without a conflict.
            notesTwo->moveCursor(QTextCursor::End);
            QTest::keyClicks(notesTwo, QStringLiteral(" Klart."));
            CHECK(two.saveNow());
            CHECK(storedNotes(first, f) == expected + QStringLiteral(" Klart."));
        }
    }
}

TEST_CASE("an action's text changed by two people at once is chosen side by side",
    "[minutes][gui][conflict]")
{
    const test::ReportedCase row(
        QStringLiteral("same record edited twice: an action's text (per choice, engine)"),
        static_cast<int>(std::size(kCases) * test::testBackends().size()));
    for (const Case &c : kCases) {
        for (const auto &backend : test::testBackends()) {
            INFO("engine: " << backend.name.toStdString() << ", button: " << c.button);
            Workspace mine(backend.spec);
            mine.open();
            const auto f = test::makeMinutesFixture(mine);
            mine.setActorId(f.chairId);
            Action action;
            action.meetingId = f.meetingId;
            action.what = QStringLiteral("Fall i natt.");
            action.responsibleId = f.nurseId;
            action.dueDate = QDate::currentDate().addDays(5);
            const qint64 id = mine.actions().create(action, f.chairId);
            Workspace other(backend.spec);
            other.open();
            other.setActorId(f.nurseId);

            ActionsView view(mine);
            view.resize(1000, 600);
            view.show();
            REQUIRE(QTest::qWaitForWindowExposed(&view));
            test::waitShown(view);
            auto *table = child<QTableView>(&view, QStringLiteral("actionsTableWidget"));
            REQUIRE(table->model()->rowCount() == 1);
            table->setCurrentIndex(table->model()->index(0, 0));

            const QString theirs = QStringLiteral("Fall i natt, inga skador.");
            const QString typed = QStringLiteral("Föll i natt. Larmet fungerade.");
            bool answered = false;
            whenModal([&](QWidget *edit) {
                checkSwedishAndNamed(edit);
                child<QLineEdit>(edit, QStringLiteral("actionTextLineEdit"))->setText(typed);
                // Meanwhile someone else changes the same action.
                ActionList(other).changeText(*other.actions().byId(id), theirs);
                whenModal([&](QWidget *modal) {
                    auto *dialog = qobject_cast<ConflictDialog *>(modal);
                    REQUIRE(dialog);
                    answer(dialog, typed, theirs, c);
                    answered = true;
                });
                QTest::mouseClick(child<QPushButton>(edit, QStringLiteral("saveActionTextButton")),
                    Qt::LeftButton);
            });
            CHECK(view.editSelectedText());
            CHECK(answered);
            const QString expected = c.expected(typed, theirs);
            CHECK(mine.actions().byId(id)->what == expected);
            test::waitShown(view);
            CHECK(table->model()->index(0, 0).data().toString() == expected);
        }
    }
}
