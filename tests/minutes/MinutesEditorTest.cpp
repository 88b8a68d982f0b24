#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/NotesEdit.h"

#include <QTest>

using namespace tf;

TEST_CASE("reopened notes are written on after what is there, not before it", "[minutes]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto fixture = tf::test::makeMinutesFixture(workspace);
    MinuteEntry earlier;
    earlier.agendaItemId = fixture.itemIds.first();
    earlier.text = QStringLiteral("Första raden.");
    workspace.minutes().saveEntry(earlier, fixture.chairId);

    MinutesEditor editor(workspace);
    editor.show();
    editor.load(*workspace.meetings().byId(fixture.meetingId));
    NotesEdit *notes = nullptr;
    for (NotesEdit *field : editor.findChildren<NotesEdit *>()) {
        if (field->isVisible() && field->toPlainText() == earlier.text)
            notes = field;
    }
    REQUIRE(notes);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral(" Andra."));
    CHECK(notes->toPlainText() == QStringLiteral("Första raden. Andra."));
}
