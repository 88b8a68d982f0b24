// The chair's list of meetings: one row per meeting, in Swedish, with the
// meeting's id for choosing it.
#include <catch2/catch.hpp>

#include "models/MeetingListModel.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

using namespace tf;

namespace {
Meeting meeting(qint64 id, const QDateTime &startUtc, MeetingStatus status)
{
    Meeting m;
    m.id = id;
    m.startUtc = startUtc;
    m.minutes = 60;
    m.location = QStringLiteral("Samlingsrummet");
    m.status = status;
    return m;
}

QString shown(const MeetingListModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

TEST_CASE("the meeting list shows each meeting's day, time, forum, status and note in Swedish",
    "[models][chair]")
{
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // 12:00 UTC is 13:00 in Stockholm in winter.
    const QDateTime first(QDate(2027, 1, 5), QTime(12, 0), QTimeZone::utc());
    model.setMeetings({meeting(7, first, MeetingStatus::Planned),
                          meeting(9, first.addDays(14), MeetingStatus::Cancelled)},
        {{7, QStringLiteral("Teammöte")}, {9, QStringLiteral("Teammöte")}},
        {{7, QStringLiteral("Dubbelbokad: Sara")}});

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 6);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    CHECK(headers
        == QStringList {QStringLiteral("Datum"), QStringLiteral("Tid"), QStringLiteral("Forum"),
            QStringLiteral("Plats"), QStringLiteral("Läge"), QStringLiteral("Att observera")});
    CHECK(shown(model, 0, MeetingListModel::DateColumn) == QStringLiteral("tis 2027-01-05"));
    CHECK(shown(model, 0, MeetingListModel::TimeColumn) == QStringLiteral("13:00–14:00"));
    CHECK(shown(model, 0, MeetingListModel::ForumColumn) == QStringLiteral("Teammöte"));
    CHECK(shown(model, 0, MeetingListModel::PlaceColumn) == QStringLiteral("Samlingsrummet"));
    CHECK(shown(model, 0, MeetingListModel::StatusColumn) == QStringLiteral("Planerat"));
    CHECK(shown(model, 0, MeetingListModel::NoteColumn) == QStringLiteral("Dubbelbokad: Sara"));
    CHECK(shown(model, 1, MeetingListModel::StatusColumn) == QStringLiteral("Inställt"));
    CHECK(shown(model, 1, MeetingListModel::NoteColumn).isEmpty());

    // Every cell of a row names its meeting; rows sort by start.
    CHECK(model.index(1, MeetingListModel::NoteColumn)
              .data(MeetingListModel::MeetingIdRole)
              .toLongLong()
        == 9);
    CHECK(model.index(0, MeetingListModel::DateColumn).data(MeetingListModel::SortRole).toDateTime()
        < model.index(1, MeetingListModel::DateColumn)
              .data(MeetingListModel::SortRole)
              .toDateTime());
    CHECK(model.rowOf(9) == 1);
    CHECK(model.rowOf(8) == -1);
    CHECK(model.meetingIdAt(0) == 7);
    CHECK(model.meetingIdAt(2) == 0);

    // Shown, not edited.
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));

    model.setMeetings({}, {}, {});
    CHECK(model.rowCount() == 0);
}
