#include <catch2/catch.hpp>

#include "ui/chair/MoveMeetingDialog.h"

#include <QDateTimeEdit>
#include <QTimeZone>

using namespace tf;

TEST_CASE(
    "moving a meeting starts from its Stockholm time, whatever the computer's zone", "[chair]")
{
    const QByteArray savedZone = qgetenv("TZ");
    qputenv("TZ", "UTC"); // as on terminal servers that run in UTC
    const QDateTime winter(QDate(2027, 1, 12), QTime(12, 0), QTimeZone::utc()); // 13:00 local
    const QDateTime summer(QDate(2027, 6, 15), QTime(6, 30), QTimeZone::utc()); // 08:30 local
    for (const QDateTime &start : {winter, summer}) {
        MoveMeetingDialog dialog(start, 30);
        auto *edit = dialog.findChild<QDateTimeEdit *>(QStringLiteral("newStartDateTimeEdit"));
        REQUIRE(edit);
        CHECK(edit->time() == (start == winter ? QTime(13, 0) : QTime(8, 30)));
        CHECK(dialog.startUtc() == start); // unchanged when the user just confirms
    }
    if (savedZone.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", savedZone);
}
