#include "ui/minutes/MeetingModeView.h"
#include "ui/common/AdaptiveSplitter.h"
#include "ui/common/FlowLayout.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingActions.h"
#include "services/minutes/MeetingMinutes.h"
#include "services/minutes/MeetingModeRead.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/LiveRefresh.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ProblemBanner.h"
#include "ui/common/WhenRead.h"
#include "ui/minutes/ActionRecorder.h"
#include "ui/minutes/AttendancePanel.h"
#include "ui/minutes/ClosingPanel.h"
#include "ui/minutes/FollowUpPanel.h"
#include "ui/minutes/MeetingChooser.h"
#include "ui/minutes/MeetingClockBar.h"
#include "ui/minutes/MinutesEditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tf {

namespace {
QPushButton *button(QWidget *parent, const QString &text, const QString &name, const QString &keys)
{
    auto *b = new QPushButton(QStringLiteral("%1  (%2)").arg(text, keys), parent);
    b->setObjectName(name);
    b->setAccessibleName(text);
    b->setToolTip(keys);
    return b;
}
} // namespace

MeetingModeView::MeetingModeView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(new QUndoStack(this))
    , m_chooser(new MeetingChooser(workspace, this))
    , m_saveStatus(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new MinutesEditor(workspace, this))
    , m_attendance(new AttendancePanel(workspace, m_undoStack, this))
    , m_closing(new ClosingPanel(workspace, this))
    , m_followUps(new FollowUpPanel(workspace, this))
    , m_previous(
          button(this, tr("Previous item"), QStringLiteral("previousItemButton"), tr("Ctrl+PgUp")))
    , m_next(button(this, tr("Next item"), QStringLiteral("nextItemButton"), tr("Ctrl+PgDown")))
    , m_newAction(
          button(this, tr("New action"), QStringLiteral("newActionButton"), tr("Ctrl+Enter")))
    , m_undoButton(new QToolButton(this))
    , m_redoButton(new QToolButton(this))
    , m_clock(new QTimer(this))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_previous->setIcon(themedIcon(QStringLiteral("go-previous")));
    m_next->setIcon(themedIcon(QStringLiteral("go-next")));
    m_newAction->setIcon(themedIcon(QStringLiteral("list-add")));
    setObjectName(QStringLiteral("meetingModeView"));
    // Large, readable text for a projector.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    setFont(large);
    m_clockBar = new MeetingClockBar(this);
    m_saveProblem = new ProblemBanner(this);
    m_actionRecorder = std::make_unique<ActionRecorder>(workspace, m_editor, m_undoStack, this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatusLabel"));
    m_tabs->setObjectName(QStringLiteral("meetingModeTabWidget"));
    m_tabs->setAccessibleName(tr("Meeting mode"));

    // The follow-ups beside the notes, or below them in a narrow window.
    auto *notesTab = new AdaptiveSplitter(this);
    notesTab->setObjectName(QStringLiteral("notesSplitter"));
    notesTab->addWidget(m_editor);
    notesTab->addWidget(m_followUps);
    notesTab->setStretchFactor(0, 4);
    notesTab->setStretchFactor(1, 1);
    m_tabs->addTab(notesTab, tr("&Notes"));
    m_tabs->addTab(m_attendance, tr("Attendance and &secretary"));
    auto *closingScroll = new QScrollArea(this);
    closingScroll->setObjectName(QStringLiteral("closingScrollArea"));
    closingScroll->setWidgetResizable(true);
    closingScroll->setFrameShape(QFrame::NoFrame);
    closingScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which it scrolls to
    closingScroll->setWidget(m_closing);
    m_tabs->addTab(closingScroll, tr("&Closing and approval"));

    // The buttons wrap to a second row in a narrow window, whole.
    auto *flow = new FlowLayout;
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *> {
             m_previous, m_next, m_newAction, m_undoButton, m_redoButton})
        flow->addWidget(b);
    auto *buttons = new QHBoxLayout;
    buttons->addLayout(flow, 1);
    buttons->addWidget(m_saveStatus, 0, Qt::AlignRight | Qt::AlignTop);

    auto *keys = new QLabel(tr("Keys: Ctrl+Tab next tab, Ctrl+Shift+Tab previous tab · "
                               "Ctrl+PgDown next item · Ctrl+PgUp previous item (on the other "
                               "tabs: next and previous tab) · Ctrl+Enter new action · "
                               "Ctrl+Z/Ctrl+Y undo/redo the typing in a notes field, elsewhere "
                               "the last step (attendance, action) · Ctrl+Shift+F finish the "
                               "meeting · Alt+underlined letter opens a tab or field"),
        this);
    keys->setObjectName(QStringLiteral("shortcutsLabel"));
    keys->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooser);
    layout->addWidget(m_clockBar);
    layout->addWidget(m_saveProblem);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(keys);

    buildActions();
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_timer.advance(1);
        updateClock();
    });
    connect(m_chooser, &MeetingChooser::startRequested, this,
        [this](qint64 meetingId) { openMeeting(meetingId); });
    connect(m_editor, &MinutesEditor::currentIndexChanged, this, [this](int index) {
        m_timer.setCurrentItem(index);
        updateClock();
    });
    connect(m_editor, &MinutesEditor::saved, m_saveStatus, &QLabel::setText);
    connect(m_editor, &MinutesEditor::saved, m_saveProblem, &ProblemBanner::clearProblem);
    connect(m_editor, &MinutesEditor::merged, m_saveStatus, &QLabel::setText);
    // Not a message box: it would take the next keystrokes of someone
    // writing without looking at the screen, and come back at every save.
    connect(m_editor, &MinutesEditor::saveFailed, this, [this](const QString &message) {
        m_saveStatus->setText(tr("Not saved – the text is kept"));
        m_saveProblem->showProblem(tr("The notes could not be saved. %1 Keep writing: the text "
                                      "stays in the field and is saved again with your next "
                                      "keystroke.")
                                       .arg(message));
    });
    connect(m_attendance, &AttendancePanel::meetingChanged, this,
        [this](const Meeting &meeting) { m_meeting = meeting; });
    connect(m_attendance, &AttendancePanel::failed, this,
        [this](const QString &message) { MessageBox::error(this, tr("Not saved"), message); });
    connect(m_closing, &ClosingPanel::closingChanged, this, [this] { applyLock(); });
    // The keyboard lands where the tab's work is: the attendance list, or
    // the notes field of the current item.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_attendance)
            m_attendance->focusList();
        else if (index == 0)
            m_editor->setCurrentIndex(m_editor->currentIndex());
    });
    m_othersChanges = new LiveRefresh(workspace, this,
        {QStringLiteral("minute_entry"), QStringLiteral("team_action"),
            QStringLiteral("minutes_closing"), QStringLiteral("participant"),
            QStringLiteral("meeting_guest"), QStringLiteral("meeting_external"),
            QStringLiteral("meeting")},
        [this] { showOthersChanges(); });
    m_tabs->setEnabled(false);
    for (QPushButton *b : {m_previous, m_next, m_newAction})
        b->setEnabled(false);
}

MeetingModeView::~MeetingModeView()
{
    m_editor->saveNow();
    // The stack's commands refer to the panels; clear it while they exist.
    m_undoStack->clear();
}

void MeetingModeView::buildActions()
{
    // The text names the keys in the keyboard help (F1).
    const auto add = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    // Between the tabs from anywhere in meeting mode, also out of a notes
    // field or the attendance list, which would otherwise keep the keys.
    add(tr("Next tab"), {QKeySequence(Qt::CTRL | Qt::Key_Tab)},
        [this] { showTab(m_tabs->currentIndex() + 1); });
    add(tr("Previous tab"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)},
        [this] { showTab(m_tabs->currentIndex() - 1); });
    // On the notes tab the agenda's items, on the others the tabs.
    add(tr("Next agenda item (on the other tabs: next tab)"),
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, [this] {
            if (m_tabs->currentIndex() == 0)
                m_editor->setCurrentIndex(m_editor->currentIndex() + 1);
            else
                showTab(m_tabs->currentIndex() + 1);
        });
    add(tr("Previous agenda item (on the other tabs: previous tab)"),
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, [this] {
            if (m_tabs->currentIndex() == 0)
                m_editor->setCurrentIndex(m_editor->currentIndex() - 1);
            else
                showTab(m_tabs->currentIndex() - 1);
        });
    m_newActionAction = add(tr("New action"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        [this] { newAction(); });
    add(tr("Finish the meeting"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, [this] {
        m_editor->saveNow();
        m_tabs->setCurrentIndex(m_tabs->count() - 1);
        m_closing->finish();
    });
    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcuts({QKeySequence::Undo});
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    // Ctrl+Y everywhere, plus the platform's own redo keys; a key listed twice
    // would make the shortcut ambiguous and do nothing.
    QList<QKeySequence> redoKeys {QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence &keys : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(keys))
            redoKeys << keys;
    }
    redo->setShortcuts(redoKeys);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    // In a notes field the keys undo its typing (NotesEdit); these buttons,
    // named after the step, reach attendance and actions from anywhere.
    undo->setToolTip(tr("Undo the last step (Ctrl+Z outside a notes field)"));
    redo->setToolTip(tr("Redo the step (Ctrl+Y outside a notes field)"));
    const auto showAction
        = [](QToolButton *button, QAction *action, const QString &name, const QString &accessible) {
              button->setDefaultAction(action);
              button->setToolButtonStyle(Qt::ToolButtonTextOnly);
              button->setFocusPolicy(Qt::StrongFocus);
              button->setObjectName(name);
              button->setAccessibleName(accessible);
          };
    showAction(m_undoButton, undo, QStringLiteral("undoButton"), tr("Undo"));
    showAction(m_redoButton, redo, QStringLiteral("redoButton"), tr("Redo"));
    connect(m_previous, &QPushButton::clicked, this,
        [this] { m_editor->setCurrentIndex(m_editor->currentIndex() - 1); });
    connect(m_next, &QPushButton::clicked, this,
        [this] { m_editor->setCurrentIndex(m_editor->currentIndex() + 1); });
    connect(m_newAction, &QPushButton::clicked, this, &MeetingModeView::newAction);
}

void MeetingModeView::showTab(int index)
{
    if (!m_tabs->isEnabled())
        return;
    const int count = m_tabs->count();
    m_tabs->setCurrentIndex((index % count + count) % count);
}

struct MeetingModeView::Opening
{
    int asked = 0;
    qint64 meetingId = 0;
    bool start = true;
    qint64 agendaItemId = 0;
};

void MeetingModeView::openMeeting(qint64 meetingId, bool start, qint64 agendaItemId)
{
    m_editor->saveNow();
    const Opening opening {++m_openingAsked, meetingId, start, agendaItemId};
    const QDate choicesDay = ClosingPanel::closingChoicesDay();
    // Every panel's rows in one read, one round trip on PostgreSQL, beside
    // the window; the panels' reads of clients logged in one write.
    QFuture<MeetingModeRead> read = m_workspace.readsBeside().read<MeetingModeRead>(
        [meetingId, choicesDay](Workspace &workspace) {
            AccessLogger::Together oneLogWrite(workspace.accessLogger());
            return readMeetingMode(workspace, meetingId, choicesDay);
        });
    whenRead(read, this, [this, opening](const QFuture<MeetingModeRead> &done) {
        if (opening.asked != m_openingAsked)
            return; // another meeting was asked for since
        m_openingShown = opening.asked;
        MeetingModeRead rows;
        if (runGuarded(this, tr("The meeting could not be opened"), [&] { rows = done.result(); }))
            showOpened(opening, std::move(rows));
        Q_EMIT meetingShown(opening.meetingId);
    });
}

bool MeetingModeView::isReading() const
{
    return isOpening() || m_chooser->isReading();
}

void MeetingModeView::showOpened(const Opening &opening, MeetingModeRead read)
{
    auto meeting = std::move(read.meeting);
    if (!meeting)
        return;
    m_undoStack->clear();
    MeetingMinutes minutes(m_workspace);
    // A meeting of a later day opens to be prepared; it starts on its day.
    const bool due
        = stockholmDate(meeting->startUtc) <= stockholmDate(QDateTime::currentDateTimeUtc());
    if (opening.start && due && meeting->status == MeetingStatus::Planned
        && !runGuarded(this, tr("The meeting could not be started"),
            [&] { meeting = minutes.start(*meeting); }))
        return;
    m_meeting = *meeting;
    m_chooser->showUnit(meeting->unitId);
    const QString forum = m_chooser->forumName(meeting->templateId);
    const QDateTime local
        = meeting->startUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")));
    m_clockBar->setTitle(
        QStringLiteral("%1 · %2 · %3")
            .arg(forum, local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), meeting->location));
    m_attendance->showRead(m_meeting, std::move(read.attendance), read.guests);
    m_editor->showPages(m_meeting, read.pages);
    m_closing->showRead(m_meeting, m_attendance->participants(), read.closing);
    m_timer.start(meeting->minutes, m_editor->itemCount());
    m_followUps->showRows(m_meeting, read.followUps);
    m_tabs->setEnabled(true);
    m_tabs->setCurrentIndex(0);
    applyLock(false); // the meeting was just read
    updateClock();
    m_editor->setCurrentIndex(qMax(0, m_editor->indexOfItem(opening.agendaItemId)));
}

void MeetingModeView::applyLock(bool readMeeting)
{
    // The closing panel has just read the closing state (load or a change).
    const MinutesClosing &closing = m_closing->closing();
    const bool locked = closing.locked;
    m_locked = locked;
    // What was done before approval is part of the approved minutes.
    if (locked)
        m_undoStack->clear();
    m_editor->setLocked(locked);
    m_attendance->setLocked(locked);
    m_newAction->setEnabled(!locked);
    m_newActionAction->setEnabled(!locked);
    m_previous->setEnabled(true);
    m_next->setEnabled(true);
    if (m_meeting.id && readMeeting)
        m_meeting = MeetingMinutes(m_workspace).meeting(m_meeting.id).value_or(m_meeting);
    // The clock runs only while the meeting is held.
    m_inProgress = m_meeting.status == MeetingStatus::InProgress && !closing.isFinished();
    if (m_inProgress)
        m_clock->start();
    else
        m_clock->stop();
}

void MeetingModeView::showOthersChanges()
{
    if (!m_meeting.id)
        return;
    // Attendance only when it changed: its list is rebuilt, and another
    // secretary's notes come every second.
    const bool attendanceChanged = m_othersChanges->changed(QStringLiteral("participant"))
        || m_othersChanges->changed(QStringLiteral("meeting_guest"))
        || m_othersChanges->changed(QStringLiteral("meeting_external"))
        || m_othersChanges->changed(QStringLiteral("meeting"));
    // Read beside the window (at once on SQLite); shown only if the meeting
    // is still the one shown and no later change was asked for.
    const int asked = ++m_othersAsked;
    const Meeting shown = m_meeting;
    const QFuture<OthersChanges> read = m_workspace.readsBeside().read<OthersChanges>(
        [shown, attendanceChanged](Workspace &workspace) {
            MeetingMinutes minutes(workspace);
            OthersChanges changes;
            changes.entries = minutes.entries(shown.id);
            changes.actions = MeetingActions(workspace).read(shown.id);
            changes.followUps = ActionList(workspace).followUpsShown(shown);
            if (attendanceChanged)
                changes.meeting = minutes.meeting(shown.id);
            changes.locked = minutes.isLocked(shown.id);
            return changes;
        });
    whenRead(read, this, [this, asked, id = shown.id](const QFuture<OthersChanges> &done) {
        if (asked != m_othersAsked || id != m_meeting.id)
            return;
        OthersChanges changes;
        if (!runGuarded(this, tr("Meeting mode"), [&] { changes = done.result(); }))
            return;
        m_editor->showStored(changes.entries, changes.actions);
        m_followUps->showRows(m_meeting, changes.followUps);
        if (changes.meeting) {
            m_meeting = *changes.meeting;
            m_attendance->load(m_meeting);
        }
        if (changes.locked != m_locked) {
            m_closing->load(m_meeting, m_attendance->participants());
            applyLock();
        }
    });
}

void MeetingModeView::updateClock()
{
    if (!m_meeting.id)
        return;
    m_clockBar->showTimes(m_timer);
}

bool MeetingModeView::saveNow()
{
    return m_editor->saveNow();
}

void MeetingModeView::newAction()
{
    if (!m_meeting.id || !m_newAction->isEnabled())
        return;
    m_actionRecorder->record(m_meeting, m_attendance->participants());
}

} // namespace tf
