// Meeting mode's chooser reaches next weeks' meetings, nearest first.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/MeetingModeView.h"

#include <QComboBox>
#include <QPushButton>
#include <QTest>

using namespace tf;
using tf::test::child;

TEST_CASE("the meeting chooser lists coming meetings first and opens next week's",
    "[minutes][gui][chooser]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto f = test::makeMinutesFixture(workspace, now);
    workspace.setActorId(f.chairId);
    const qint64 nextWeek = test::addMeeting(workspace, f, now.addDays(7));
    const qint64 inFourWeeks = test::addMeeting(workspace, f, now.addDays(28));
    const qint64 lastWeek = test::addMeeting(workspace, f, now.addDays(-7));
    const qint64 twoWeeksAgo = test::addMeeting(workspace, f, now.addDays(-14));

    MeetingModeView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *meetings = child<QComboBox>(&view, QStringLiteral("meetingComboBox"));
    QList<qint64> listed;
    for (int row = 0; row < meetings->count(); ++row) {
        if (meetings->itemData(row).isValid())
            listed << meetings->itemData(row).toLongLong();
    }
    // Coming meetings nearest first, then the earlier ones latest first.
    CHECK(listed == QList<qint64> {f.meetingId, nextWeek, inFourWeeks, lastWeek, twoWeeksAgo});
    CHECK(meetings->currentData().toLongLong() == f.meetingId);

    // Next week's teammöte opens now, to prepare it.
    meetings->setCurrentIndex(meetings->findData(nextWeek));
    QTest::mouseClick(
        child<QPushButton>(&view, QStringLiteral("startMeetingModeButton")), Qt::LeftButton);
    tf::test::waitShown(view);
    CHECK(view.meetingId() == nextWeek);
    // Opened to prepare: it starts on its day, not now.
    CHECK(workspace.meetings().byId(nextWeek)->status == MeetingStatus::Planned);
    meetings->setCurrentIndex(meetings->findData(f.meetingId));
    QTest::mouseClick(
        child<QPushButton>(&view, QStringLiteral("startMeetingModeButton")), Qt::LeftButton);
    tf::test::waitShown(view);
    CHECK(workspace.meetings().byId(f.meetingId)->status == MeetingStatus::InProgress);
}
