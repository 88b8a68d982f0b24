// A megabyte of notes, and text with emoji, right-to-left script, bidi
// overrides and decomposed letters, pasted into meeting mode's notes field:
// saved and read back character for character on both engines.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/RobustnessReport.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/MinutesEditor.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace tf;

TEST_CASE(
    "a megabyte of odd text pasted into meeting mode is saved as it was", "[minutes][gui][robust]")
{
    const QString odd = QStringLiteral(
        "Greta 👵🏻 mår bra 👍🏽, שלום مرحبا, \u202Egnidaer\u202C "
        "A\u030Asa o\u0308ver '; DROP TABLE x; -- NEAR(\"*\n");
    const QString megabyte = odd.repeated(1024 * 1024 / odd.size() + 1);
    const test::ReportedCase row(
        QStringLiteral("bad input: 1 MB of odd notes through meeting mode (per engine)"),
        static_cast<int>(test::testBackends().size()));
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
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
        QTest::mouseClick(test::child<QPushButton>(&view, QStringLiteral("startMeetingModeButton")),
            Qt::LeftButton);
        tf::test::waitShown(view);
        REQUIRE(view.meetingId() == f.meetingId);
        view.editor()->setCurrentIndex(0);
        auto *notes = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
        REQUIRE(notes);

        notes->insertPlainText(megabyte);
        QTest::keyClicks(notes, QStringLiteral(" Slut."));
        const QString expected = megabyte + QStringLiteral(" Slut.");
        CHECK(notes->toPlainText() == expected);
        CHECK(view.saveNow());
        CHECK(shown.texts.isEmpty());

        Workspace reader(backend.spec);
        reader.open();
        const QString stored = reader.minutes().entries(f.meetingId).first().text;
        CHECK(stored.size() == expected.size());
        CHECK(stored == expected);
    }
}
