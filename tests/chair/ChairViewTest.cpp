#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/SeriesPlanner.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SeriesRepository.h"
#include "storage/TeamRepository.h"
#include "support/Accessibility.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "support/WidgetChecks.h"
#include "ui/chair/ChairView.h"
#include "ui/chair/SeriesDialog.h"
#include "ui/chair/SingleMeetingDialog.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <functional>

using namespace tf;
using tf::test::checkSwedishAndNamed;
using tf::test::child;

namespace {
// Runs `answer` on the next modal dialog, once it is shown. A button's
// shortcut clicks it a moment later (animateClick), so poll for the dialog.
void whenModal(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isActiveWindow() && QApplication::focusWidget()
            && QApplication::focusWidget()->window() == modal) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start(20);
}

bool waitFor(const std::function<bool()> &condition)
{
    for (int i = 0; i < 250 && !condition(); ++i)
        QTest::qWait(20);
    return condition();
}

// Types into the focused widget as a person would, one key at a time.
void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}
} // namespace

TEST_CASE("a chair schedules a year of teammöten with the keyboard alone", "[chair][gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    tf::test::ChairFixture fixture(workspace);
    Person standIn;
    standIn.name = QStringLiteral("Stina Ständigvikarie");
    standIn.role = QStringLiteral("Sjuksköterska");
    const qint64 standInId = workspace.people().create(standIn, fixture.chairId);
    ChairView view(workspace);
    view.setToday(QDate(2027, 1, 1));
    view.resize(1300, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    CHECK(view.currentUnitId() == fixture.unitId);

    bool dialogChecked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<SeriesDialog *>(modal);
        REQUIRE(dialog != nullptr);
        checkSwedishAndNamed(dialog);
        // The forum is preselected: teammöte. Tab to the date, type it, Enter.
        CHECK(child<QComboBox>(dialog, "forumComboBox")->currentData().toString()
            == QStringLiteral("teammote"));
        // Alt+M: "Första &mötet", Alt+T: "&Tid" (the labels' mnemonics).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
        REQUIRE(QApplication::focusWidget() == child<QDateEdit>(dialog, "startDateEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("2027-01-05"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
        REQUIRE(QApplication::focusWidget() == child<QTimeEdit>(dialog, "startTimeEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("13:00"));
        INFO(child<QLabel>(dialog, "seriesPreviewLabel")->text().toStdString());
        CHECK(child<QLabel>(dialog, "seriesPreviewLabel")
                  ->text()
                  .contains(QStringLiteral("26 möten")));
        dialogChecked = true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    child<QComboBox>(&view, "unitComboBox")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return dialogChecked; }));

    const auto series = workspace.series().byUnit(fixture.unitId);
    REQUIRE(series.size() == 1);
    const auto meetings = workspace.series().meetings(series.first().id);
    REQUIRE(meetings.size() == 26);
    CHECK(view.currentMeetingId() == meetings.first().meeting.id);
    auto *list = child<QTableView>(&view, "meetingTableWidget");
    CHECK(list->model()->rowCount() == 26);
    auto *week = child<QTableWidget>(&view, "weekTableWidget");
    CHECK(week->item(0, 1)->text().contains(QStringLiteral("13:00 Teammöte")));

    // Ctrl+B builds the agenda: two clients of the rotation and the fixed items.
    // The offscreen platform gives no window back its activation after a
    // dialog closes (a window manager would).
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    REQUIRE(QApplication::focusWidget() == week);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier);
    auto *agenda = child<QTableWidget>(&view, "agendaTableWidget");
    REQUIRE(waitFor([&] { return agenda->rowCount() == 4; }));
    CHECK(agenda->item(0, 0)->text() == QStringLiteral("Greta Gran, lgh 1"));

    // A member's item, typed and added with Enter.
    auto *title = child<QLineEdit>(&view, "agendaTitleLineEdit");
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Nytt larmsystem"));
    QTest::keyClick(title, Qt::Key_Return);
    REQUIRE(agenda->rowCount() == 5);
    CHECK(workspace.meetings().agendaItems(view.currentMeetingId()).last().title
        == QStringLiteral("Nytt larmsystem"));

    // Förhinder with a substitute.
    auto *participants = child<QTableWidget>(&view, "participantsTableWidget");
    REQUIRE(participants->rowCount() == 3);
    int nurseRow = -1;
    for (int row = 0; row < participants->rowCount(); ++row) {
        if (participants->item(row, 0)->text() == QStringLiteral("Sara Sjuksköterska"))
            nurseRow = row;
    }
    REQUIRE(nurseRow >= 0);
    qobject_cast<QCheckBox *>(participants->cellWidget(nurseRow, 2))->setChecked(true);
    QTest::qWait(0);
    auto *substitute = qobject_cast<QComboBox *>(participants->cellWidget(nurseRow, 3));
    // Neither the absent person nor anyone else called is offered.
    CHECK(substitute->findData(fixture.nurseId) == -1);
    CHECK(substitute->findData(fixture.nightId) == -1);
    substitute->setCurrentIndex(
        substitute->findText(QStringLiteral("Stina Ständigvikarie (Sjuksköterska)")));
    QTest::qWait(0);
    for (const Participant &p : workspace.meetings().participants(view.currentMeetingId())) {
        if (p.personId == fixture.nurseId) {
            CHECK(p.attendance == Attendance::Absent);
            CHECK(p.substituteId == standInId);
        }
    }
    REQUIRE(waitFor([&] {
        auto *shown = qobject_cast<QComboBox *>(participants->cellWidget(nurseRow, 3));
        return shown && shown->currentData().toLongLong() == standInId;
    }));

    checkSwedishAndNamed(&view);

    // The kallelse as PDF and the series as a calendar file.
    QTemporaryDir folder;
    FileDialog::setHandler(
        [&](const QString &, const QString &suggested) { return folder.filePath(suggested); });
    QStringList messages;
    MessageBox::setHandler([&](QMessageBox::Icon, const QString &, const QString &text) {
        messages << text;
        return QMessageBox::Yes;
    });
    QTest::mouseClick(child<QPushButton>(&view, "saveKallelseButton"), Qt::LeftButton);
    CHECK(QFile::exists(folder.filePath(QStringLiteral("Kallelse Teammöte 2027-01-05.pdf"))));
    // Escape at the question (the box answers Cancel) ends the export: no
    // file dialog, no file.
    bool askedForFile = false;
    FileDialog::setHandler([&](const QString &, const QString &suggested) {
        askedForFile = true;
        return folder.filePath(suggested);
    });
    MessageBox::setHandler(
        [&](QMessageBox::Icon, const QString &, const QString &) { return QMessageBox::Cancel; });
    QTest::mouseClick(child<QPushButton>(&view, "exportCalendarButton"), Qt::LeftButton);
    CHECK_FALSE(askedForFile);
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("Teammöte.ics"))));
    MessageBox::setHandler([&](QMessageBox::Icon, const QString &, const QString &text) {
        messages << text;
        return QMessageBox::Yes;
    });
    QTest::mouseClick(child<QPushButton>(&view, "exportCalendarButton"), Qt::LeftButton);
    CHECK(askedForFile);
    QFile ics(folder.filePath(QStringLiteral("Teammöte.ics")));
    REQUIRE(ics.open(QIODevice::ReadOnly));
    CHECK(ics.readAll().contains("METHOD:REQUEST"));

    // Cancel one meeting, saying why; it stays in the list, cancelled, with
    // the reason, and offers no kallelse.
    bool reasonGiven = false;
    whenModal([&](QWidget *modal) {
        checkSwedishAndNamed(modal);
        REQUIRE(QApplication::focusWidget() == child<QLineEdit>(modal, "cancelReasonLineEdit"));
        type(QStringLiteral("Sjukdom"));
        reasonGiven = true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(&view, "cancelMeetingButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return reasonGiven; }));
    const auto cancelled = workspace.meetings().byId(view.currentMeetingId());
    CHECK(cancelled->status == MeetingStatus::Cancelled);
    CHECK(cancelled->cancelReason == QStringLiteral("Sjukdom"));
    CHECK(list->model()->index(0, 4).data().toString() == QStringLiteral("Inställt"));
    CHECK(list->model()->index(0, 5).data().toString() == QStringLiteral("Inställt: Sjukdom"));
    const QString header = child<QLabel>(&view, "meetingHeaderLabel")->text();
    CHECK(header.contains(QStringLiteral("<b>Inställt:</b> Sjukdom")));
    CHECK_FALSE(child<QPushButton>(&view, "printKallelseButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, "saveKallelseButton")->isEnabled());
    FileDialog::setHandler({});
    MessageBox::setHandler({});
}

TEST_CASE("a chair books a pulsmöte when needed in two steps", "[chair][gui][once]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    tf::test::ChairFixture fixture(workspace);
    ChairView view(workspace);
    view.setToday(QDate(2027, 1, 1));
    view.showDate(QDate(2027, 1, 12));
    view.resize(1300, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));

    bool dialogChecked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<SingleMeetingDialog *>(modal);
        REQUIRE(dialog != nullptr);
        checkSwedishAndNamed(dialog);
        // The pulsmöte first, on the day the calendar shows; only the time to type.
        CHECK(child<QComboBox>(dialog, "singleForumComboBox")->currentData().toString()
            == QStringLiteral("pulsmote"));
        CHECK(child<QDateEdit>(dialog, "singleDateEdit")->date() == QDate(2027, 1, 12));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
        REQUIRE(QApplication::focusWidget() == child<QTimeEdit>(dialog, "singleTimeEdit"));
        child<QTimeEdit>(dialog, "singleTimeEdit")->setTime(QTime(8, 15));
        dialogChecked = true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    // Step one: Alt+Ö, "Enstaka m&öte…" beside "Ny mötesserie…"; step two:
    // the dialog.
    child<QComboBox>(&view, "unitComboBox")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Odiaeresis, Qt::AltModifier);
    REQUIRE(waitFor([&] { return dialogChecked; }));

    REQUIRE(waitFor([&] { return view.currentMeetingId() > 0; }));
    const auto meeting = workspace.meetings().byId(view.currentMeetingId());
    REQUIRE(meeting.has_value());
    CHECK(meeting->seriesId == 0);
    CHECK(meeting->startUtc == SeriesPlanner::toUtc(QDate(2027, 1, 12), QTime(8, 15)));
    CHECK(meeting->minutes == 5);
    CHECK(workspace.meetings().participants(meeting->id).size() == 0);
    auto *week = child<QTableWidget>(&view, "weekTableWidget");
    CHECK(week->item(0, 1)->text().contains(QStringLiteral("08:15 Pulsmöte")));
}

TEST_CASE("the chair adds a client and sets the rotation in Swedish", "[chair][gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    tf::test::ChairFixture fixture(workspace, ServiceType::OrdinartBoende);
    ChairView view(workspace);
    view.setToday(QDate(2027, 1, 1));
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QStringList messages;
    MessageBox::setHandler([&](QMessageBox::Icon, const QString &, const QString &text) {
        messages << text;
        return QMessageBox::Ok;
    });
    bool answered = false;
    whenModal([&](QWidget *dialog) {
        checkSwedishAndNamed(dialog);
        auto *table = child<QTableView>(dialog, "clientsTableWidget");
        CHECK(table->model()->rowCount() == 5);
        child<QLineEdit>(dialog, "clientNameLineEdit")->setText(QStringLiteral("Ny Kund"));
        child<QLineEdit>(dialog, "clientPersonnummerLineEdit")
            ->setText(QStringLiteral("19121212-1213"));
        child<QLineEdit>(dialog, "clientApartmentLineEdit")->setText(QStringLiteral("Storgatan 3"));
        QTest::mouseClick(child<QPushButton>(dialog, "addClientButton"), Qt::LeftButton);
        CHECK(messages.size() == 1); // wrong check digit: refused, text kept
        CHECK(child<QLineEdit>(dialog, "clientNameLineEdit")->text() == QStringLiteral("Ny Kund"));
        child<QLineEdit>(dialog, "clientPersonnummerLineEdit")
            ->setText(QStringLiteral("19121212-1212"));
        QTest::mouseClick(child<QPushButton>(dialog, "addClientButton"), Qt::LeftButton);
        CHECK(table->model()->rowCount() == 6);
        child<QSpinBox>(dialog, "clientsPerMeetingSpinBox")->setValue(4);
        child<QSpinBox>(dialog, "leadDaysSpinBox")->setValue(10);
        answered = true;
        QTest::mouseClick(child<QPushButton>(dialog, "saveClientsButton"), Qt::LeftButton);
    });
    view.editClients();
    REQUIRE(answered);
    MessageBox::setHandler({});
    const UnitPlanning planning
        = workspace.teams().planning(fixture.unitId, ServiceType::OrdinartBoende);
    CHECK(planning.scheme == RotationScheme::PriorityOrder);
    CHECK(planning.clientsPerMeeting == 4);
    CHECK(planning.leadDays == 10);
    CHECK(workspace.clients().byUnit(fixture.unitId).size() == 6);
}
