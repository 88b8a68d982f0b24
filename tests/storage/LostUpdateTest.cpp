// Two people change the same thing: the later change, made to what the
// writer read before the other's, is refused as a conflict with a Swedish
// message, and the earlier one stays.
#include <catch2/catch.hpp>

#include <functional>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/RobustnessReport.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
// Runs the change and returns the refusal's kind; General when none came.
StorageError::Kind refusal(const std::function<void()> &change, QString *message = nullptr)
{
    try {
        change();
    } catch (const StorageError &error) {
        if (message)
            *message = error.userMessage();
        return error.kind();
    }
    return StorageError::Kind::General;
}

Participant participantOf(Workspace &workspace, qint64 meetingId, qint64 personId)
{
    for (const Participant &p : workspace.meetings().participants(meetingId)) {
        if (p.personId == personId)
            return p;
    }
    return {};
}
} // namespace

TEST_CASE("an agenda item changed by someone else is not overwritten", "[storage][conflict]")
{
    const test::ReportedCase row(
        QStringLiteral("same record edited twice: agenda item (per engine)"),
        static_cast<int>(test::testBackends().size()));
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const auto f = test::makeMinutesFixture(mine);
        Workspace theirs(backend.spec);
        theirs.open();
        AgendaItem myItem = mine.meetings().agendaItems(f.meetingId).first();
        AgendaItem theirItem = theirs.meetings().agendaItems(f.meetingId).first();

        theirItem.title = QStringLiteral("Fallrisk hos Greta");
        theirs.meetings().updateAgendaItem(theirItem, f.nurseId);
        myItem.title = QStringLiteral("Greta: nutrition");
        QString message;
        CHECK(refusal([&] { mine.meetings().updateAgendaItem(myItem, f.chairId); }, &message)
            == StorageError::Kind::Conflict);
        CHECK(message.contains(QStringLiteral("Greta: nutrition"))); // what was typed is shown
        CHECK(mine.meetings().agendaItems(f.meetingId).first().title
            == QStringLiteral("Fallrisk hos Greta"));
    }
}

TEST_CASE("attendance changed by someone else is not overwritten", "[storage][conflict]")
{
    const test::ReportedCase row(
        QStringLiteral("same record edited twice: attendance (per engine)"),
        static_cast<int>(test::testBackends().size()));
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const auto f = test::makeMinutesFixture(mine);
        Workspace theirs(backend.spec);
        theirs.open();
        Participant myView = participantOf(mine, f.meetingId, f.nurseId);
        Participant theirView = participantOf(theirs, f.meetingId, f.nurseId);
        REQUIRE(myView.version > 0);

        theirView.attendance = Attendance::Absent;
        theirView.substituteId = f.helperId;
        theirs.meetings().setParticipant(theirView, f.chairId);
        myView.attendance = Attendance::Present;
        CHECK(refusal([&] { mine.meetings().setParticipant(myView, f.chairId); })
            == StorageError::Kind::Conflict);
        CHECK(participantOf(mine, f.meetingId, f.nurseId).attendance == Attendance::Absent);

        // Adding someone already added by another is a conflict too.
        Participant again;
        again.meetingId = f.meetingId;
        again.personId = f.helperId;
        CHECK(refusal([&] { mine.meetings().setParticipant(again, f.chairId); })
            == StorageError::Kind::Conflict);
    }
}

TEST_CASE("two people starting the same empty notes field get a conflict, not an engine error",
    "[storage][minutes][conflict]")
{
    const test::ReportedCase row(
        QStringLiteral("same record edited twice: a new notes field (per engine)"),
        static_cast<int>(test::testBackends().size()));
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const auto f = test::makeMinutesFixture(mine);
        Workspace theirs(backend.spec);
        theirs.open();
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.first();
        entry.text = QStringLiteral("Sara skriver");
        theirs.minutes().saveEntry(entry, f.nurseId);
        entry.text = QStringLiteral("Eva skriver");
        QString message;
        CHECK(refusal([&] { mine.minutes().saveEntry(entry, f.chairId); }, &message)
            == StorageError::Kind::Conflict);
        CHECK(message.contains(QStringLiteral("samma fält")));
        CHECK_FALSE(message.contains(QStringLiteral("UNIQUE")));
    }
}
