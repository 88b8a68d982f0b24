#include "ui/chair/ChairView.h"
#include "ui/common/AdaptiveSplitter.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/WrappingRowLayout.h"

#include "domain/SeriesPlanner.h"
#include "services/Directory.h"
#include "services/ReadsBeside.h"
#include "services/StoreDescription.h"
#include "services/Workspace.h"
#include "services/chair/ChairCalendar.h"
#include "services/chair/ChairMeetings.h"
#include "services/scheduling/SchedulingService.h"
#include "ui/chair/ChairMeetingPanel.h"
#include "ui/chair/ChairWidgets.h"
#include "ui/chair/ClientsDialog.h"
#include "ui/chair/MeetingCalendar.h"
#include "ui/chair/SeriesDialog.h"
#include "ui/chair/SingleMeetingDialog.h"
#include "ui/chair/TeamDialog.h"
#include "ui/chair/UnitDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/LiveRefresh.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WhenRead.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>

#include <QVBoxLayout>
#include <utility>

namespace tf {

ChairView::ChairView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_calendar(new MeetingCalendar(this))
    , m_meetingPanel(new ChairMeetingPanel(workspace, this))
{
    setObjectName(QStringLiteral("chairView"));
    m_unit->setObjectName(QStringLiteral("unitComboBox"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setMinimumWidth(240);
    // Sized by a typical name, not by measuring every unit of the municipality.
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(32);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *newUnitButton = chairButton(
        this, tr("New &unit…"), "newUnitButton", tr("Create a unit under a service type"));
    auto *teamButton = chairButton(
        this, tr("&Team…"), "teamButton", tr("The fixed team of each forum of the unit"));
    auto *clientsButton = chairButton(this, tr("C&lients…"), "clientsButton",
        tr("The unit's clients and how team meetings rotate through them"));
    auto *seriesButton = chairButton(this, tr("&New meeting series…"), "newSeriesButton",
        tr("Schedule a recurring forum from its template"), QKeySequence(Qt::CTRL | Qt::Key_N));
    auto *singleButton = chairButton(this, tr("&Single meeting…"), "singleMeetingButton",
        tr("Book one meeting: a pulsmöte when needed or an extra team meeting"));
    // One icon in the unit row: with more it needs more than an office
    // screen at 150 % gives.
    seriesButton->setIcon(themedIcon(QStringLiteral("document-new")));
    // The free width goes to the unit's name, so a long one is not cut; in a
    // narrow window the buttons go below it, and on in more rows, whole.
    auto *top = new WrappingRowLayout;
    auto *unitRow = new QHBoxLayout;
    unitRow->addWidget(unitLabel);
    unitRow->addWidget(m_unit, 1);
    top->addLayout(unitRow, 1);
    auto *buttons = new FlowLayout;
    for (QPushButton *button :
        {newUnitButton, teamButton, clientsButton, singleButton, seriesButton})
        buttons->addWidget(button);
    top->addLayout(buttons);

    auto *splitter = new AdaptiveSplitter(this);
    splitter->setObjectName(QStringLiteral("chairSplitter"));
    splitter->addWidget(m_calendar);
    splitter->addWidget(m_meetingPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &ChairView::unitChanged);
    connect(newUnitButton, &QPushButton::clicked, this, &ChairView::newUnit);
    connect(teamButton, &QPushButton::clicked, this, &ChairView::editTeam);
    connect(clientsButton, &QPushButton::clicked, this, &ChairView::editClients);
    connect(seriesButton, &QPushButton::clicked, this, &ChairView::newSeries);
    connect(singleButton, &QPushButton::clicked, this, &ChairView::newSingleMeeting);
    connect(m_calendar, &MeetingCalendar::meetingSelected, this, &ChairView::selectMeeting);
    connect(m_calendar, &MeetingCalendar::dateChanged, this, [this] {
        m_planWhenRead = true;
        reloadMeetings();
    });
    connect(m_meetingPanel, &ChairMeetingPanel::changed, this, &ChairView::reloadMeetings);
    connect(m_meetingPanel, &ChairMeetingPanel::moved, this, [this](const QDate &date) {
        m_calendar->showDate(date);
        reloadMeetings();
    });
    m_othersChanges = new LiveRefresh(workspace, this,
        {QStringLiteral("unit"), QStringLiteral("meeting"), QStringLiteral("meeting_series"),
            QStringLiteral("agenda_item"), QStringLiteral("participant"),
            QStringLiteral("meeting_guest"), QStringLiteral("meeting_external"),
            QStringLiteral("rotation_pick"), QStringLiteral("minutes_closing"),
            QStringLiteral("team_member"), QStringLiteral("unit_planning"),
            QStringLiteral("client"), QStringLiteral("person"), QStringLiteral("forum_template")},
        [this] { showOthersChanges(); });
    m_othersChanges->setBusy([this] { return m_meetingPanel->isEditing(); });
    reloadUnits();
}

void ChairView::showOthersChanges()
{
    const bool people = m_othersChanges->changed(QStringLiteral("person"));
    const auto refresh = [this, people] {
        reloadMeetings();
        if (people)
            m_meetingPanel->reloadParticipants(); // the staff to choose from
        m_meetingPanel->showOthersChanges();
    };
    if (!m_othersChanges->changed(QStringLiteral("unit"))) {
        refresh();
        return;
    }
    readUnits([this, refresh](bool kept) {
        if (kept)
            refresh();
        else
            unitChanged(); // the chosen unit is gone
    });
}

void ChairView::setToday(const QDate &today)
{
    m_today = today;
    m_calendar->setToday(today);
    m_meetingPanel->setToday(today);
    unitChanged();
}

bool ChairView::isReading() const
{
    return m_answered != m_asked || m_unitsAnswered != m_unitsAsked || m_meetingPanel->isReading();
}

qint64 ChairView::currentUnitId() const
{
    return m_unit->currentData().toLongLong();
}

void ChairView::reloadUnits()
{
    readUnits([this](bool) { unitChanged(); });
}

void ChairView::readUnits(const std::function<void(bool kept)> &then)
{
    const int asked = ++m_unitsAsked;
    const QFuture<QList<Unit>> read = m_workspace.readsBeside().read<QList<Unit>>(
        [](Workspace &workspace) { return workspace.directory().units(); });
    whenRead(read, this, [this, asked, then](const QFuture<QList<Unit>> &done) {
        if (asked != m_unitsAsked)
            return;
        m_unitsAnswered = asked;
        QList<Unit> units;
        if (runGuarded(this, tr("The units could not be read"), [&] { units = done.result(); }))
            then(fillUnits(units));
    });
}

bool ChairView::fillUnits(const QList<Unit> &units)
{
    const qint64 current = currentUnitId();
    QSignalBlocker block(m_unit);
    m_unit->clear();
    for (const Unit &unit : units)
        m_unit->addItem(
            QStringLiteral("%1 – %2").arg(unit.name, serviceTypeDisplayName(unit.serviceType)),
            unit.id);
    const int index = m_unit->findData(current);
    m_unit->setCurrentIndex(std::max(0, index));
    return index >= 0;
}

void ChairView::unitChanged()
{
    m_unit->setToolTip(m_unit->currentText()); // in full, should the window be narrow
    m_meetingId = 0;
    // A unit opens on its next meeting, once its meetings are read.
    m_nextMeetingWhenRead = true;
    m_planWhenRead = true;
    reloadMeetings();
}

void ChairView::showDate(const QDate &date)
{
    m_calendar->showDate(date);
}

void ChairView::reloadMeetings()
{
    // Read beside the window (at once on SQLite); of several reads asked
    // meanwhile only the last is shown.
    const int asked = ++m_asked;
    const qint64 unitId = currentUnitId();
    const QDateTime from = SeriesPlanner::toUtc(m_calendar->rangeStart(), QTime(0, 0));
    const QDateTime to = SeriesPlanner::toUtc(m_calendar->rangeEnd(), QTime(0, 0));
    const QDate today = m_today;
    // A unit or range newly shown keeps its rolling window full first: a
    // series always reaches a year ahead, to its end date, and an
    // open-ended one as far as the calendar shows.
    const bool plan = std::exchange(m_planWhenRead, false) && !describeStore(m_workspace).readOnly;
    const QDate planUntil = plan ? m_calendar->rangeEnd() : QDate();
    const QFuture<ChairCalendar> read = m_workspace.readsBeside().read<ChairCalendar>(
        [unitId, from, to, today, planUntil](Workspace &workspace) {
            return readChairCalendar(workspace, unitId, from, to, today, planUntil);
        });
    whenRead(read, this, [this, asked](const QFuture<ChairCalendar> &done) {
        if (asked != m_asked)
            return;
        m_answered = asked;
        ChairCalendar calendar;
        if (!runGuarded(
                this, tr("The meetings could not be read"), [&] { calendar = done.result(); }))
            return;
        if (calendar.notPlanned)
            runGuarded(
                this, tr("Meetings were not generated"), [&] { throw *calendar.notPlanned; });
        showCalendar(calendar.meetings);
    });
}

void ChairView::showCalendar(const QList<CalendarMeeting> &shown)
{
    QList<Meeting> meetings;
    QHash<qint64, QString> titles, notes;
    for (const CalendarMeeting &entry : shown) {
        const Meeting &meeting = entry.meeting;
        meetings << meeting;
        titles.insert(meeting.id, entry.forumName.isEmpty() ? tr("Meeting") : entry.forumName);
        if (!entry.doubleBooked.isEmpty())
            notes.insert(meeting.id, tr("Double-booked: %1").arg(entry.doubleBooked));
        if (meeting.status == MeetingStatus::Cancelled && !meeting.cancelReason.isEmpty())
            notes.insert(meeting.id, tr("Cancelled: %1").arg(meeting.cancelReason));
        if (entry.adjunctInvitedLate) {
            const QString text = tr("Adjunct invited late");
            notes[meeting.id] = notes.value(meeting.id).isEmpty()
                ? text
                : notes.value(meeting.id) + QStringLiteral("; ") + text;
        }
    }
    m_calendar->setMeetings(meetings, titles, notes);
    if (std::exchange(m_nextMeetingWhenRead, false)) {
        // A unit opens on its next meeting (which reads the shown range anew).
        m_calendar->showNextMeeting();
        if (m_meetingId == 0)
            showMeeting(); // none coming
        return;
    }
    if (m_meetingId > 0)
        m_calendar->selectMeeting(m_meetingId);
    showMeeting();
}

void ChairView::selectMeeting(qint64 meetingId)
{
    m_nextMeetingWhenRead = false; // a meeting chosen while the unit's are read stays chosen
    if (meetingId == m_meetingId)
        return;
    m_meetingId = meetingId;
    m_calendar->selectMeeting(meetingId);
    showMeeting();
}

void ChairView::showMeeting()
{
    m_meetingPanel->showMeeting(m_meetingId, currentUnitId() > 0);
}

void ChairView::newUnit()
{
    UnitDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        const Unit unit = dialog.unit();
        if (unit.name.isEmpty()) {
            MessageBox::error(this, tr("The unit has no name"), tr("Write the name of the unit."));
            continue;
        }
        qint64 id = 0;
        if (!runGuarded(this, tr("The unit was not created"),
                [&] { id = m_workspace.directory().createUnit(unit); }))
            continue; // the dialog opens again with what was typed
        readUnits([this, id](bool) {
            {
                QSignalBlocker block(m_unit);
                m_unit->setCurrentIndex(std::max(0, m_unit->findData(id)));
            }
            unitChanged();
        });
        return;
    }
}

void ChairView::editTeam()
{
    const auto unit = m_workspace.directory().unit(currentUnitId());
    if (!unit) {
        MessageBox::information(this, tr("No unit"), tr("Create the unit first."));
        return;
    }
    TeamDialog dialog(m_workspace, *unit, this);
    dialog.selectForum(QStringLiteral("teammote"));
    dialog.exec();
    m_meetingPanel->reloadParticipants();
}

void ChairView::editClients()
{
    const auto unit = m_workspace.directory().unit(currentUnitId());
    if (!unit) {
        MessageBox::information(this, tr("No unit"), tr("Create the unit first."));
        return;
    }
    ClientsDialog dialog(m_workspace, *unit, this);
    dialog.exec();
    m_meetingPanel->reloadAgenda();
    reloadMeetings();
}

void ChairView::newSeries()
{
    const auto unit = m_workspace.directory().unit(currentUnitId());
    if (!unit) {
        MessageBox::information(this, tr("No unit"), tr("Create the unit first."));
        return;
    }
    SeriesDialog dialog(m_workspace.directory().templatesFor(unit->serviceType), unit->id,
        std::max(m_today, m_calendar->shownDate()), this);
    dialog.selectForum(QStringLiteral("teammote"));
    dialog.setToday(m_today);
    while (dialog.exec() == QDialog::Accepted) {
        MeetingSeries created;
        SchedulingService service(m_workspace);
        if (!runGuarded(this, tr("The series was not created"), [&] {
                created = service.create(dialog.series(), m_today);
                service.createFollowing(created, dialog.followingForums(), m_today);
            }))
            continue; // the dialog opens again with what was chosen
        const qint64 first = ChairMeetings(m_workspace).firstMeetingOf(created.id);
        m_calendar->showDate(created.startDate);
        reloadMeetings();
        if (first > 0)
            selectMeeting(first);
        m_calendar->focusMeetings();
        return;
    }
}

void ChairView::newSingleMeeting()
{
    const auto unit = m_workspace.directory().unit(currentUnitId());
    if (!unit) {
        MessageBox::information(this, tr("No unit"), tr("Create the unit first."));
        return;
    }
    SingleMeetingDialog dialog(m_workspace.directory().templatesFor(unit->serviceType),
        std::max(m_today, m_calendar->shownDate()), this);
    dialog.selectForum(QStringLiteral("pulsmote"));
    while (dialog.exec() == QDialog::Accepted) {
        Meeting created;
        if (!runGuarded(this, tr("The meeting was not booked"), [&] {
                created = SchedulingService(m_workspace)
                              .scheduleOnce(unit->id, dialog.forum(), dialog.date(), dialog.time());
            }))
            continue; // the dialog opens again with what was chosen
        m_calendar->showDate(dialog.date());
        reloadMeetings();
        selectMeeting(created.id);
        m_calendar->focusMeetings();
        return;
    }
}

} // namespace tf
