#pragma once

#include <catch2/catch.hpp>

#include <QString>
#include <QTest>
#include <QWidget>

#include <QtGlobal>

namespace tf {
class MeetingModeView;
class NotesEdit;
} // namespace tf

namespace tf::test {

// The child of root with this objectName; the test stops when there is none.
template <typename T> T *child(QWidget *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(widget != nullptr);
    return widget;
}

// Every interactive widget under root has an accessible name, and no English
// word shows.
void checkSwedishAndNamed(QWidget *root);

// Meeting mode's notes field of the agenda item with this title (its
// accessible name ends with the title); null when there is none.
NotesEdit *notesOf(QWidget *view, const QString &itemTitle);

// Opens the meeting in meeting mode as MeetingModeView::openMeeting does and
// waits until it is shown (on PostgreSQL its rows come from the server).
void openShown(MeetingModeView &view, qint64 meetingId, bool start = true, qint64 agendaItemId = 0);
// Waits until a view that reads beside the window (meeting mode, Idag,
// Åtgärder, …) shows what it was asked to.
template <typename View> void waitShown(const View &view)
{
    REQUIRE(QTest::qWaitFor([&] { return !view.isReading(); }, 10000));
}

} // namespace tf::test
