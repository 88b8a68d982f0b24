#include "ui/shell/MainWindow.h"

#include "domain/StorageError.h"
#include "services/ConnectionWatch.h"
#include "services/Directory.h"
#include "services/Identity.h"
#include "services/ReadsBeside.h"
#include "services/StoreDescription.h"
#include "services/Workspace.h"
#include "services/register/RegisterImport.h"
#include "services/today/DueReminders.h"
#include "ui/care/ConsentWatchDialog.h"
#include "ui/care/ContactPersonView.h"
#include "ui/care/NurseView.h"
#include "ui/chair/ChairView.h"
#include "ui/common/CurrentPageStack.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PersonSignInDialog.h"
#include "ui/common/WhenRead.h"
#include "ui/minutes/ActionsView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/SearchView.h"
#include "ui/quality/ActionPlansDialog.h"
#include "ui/quality/ComplaintsDialog.h"
#include "ui/quality/ComplianceDialog.h"
#include "ui/quality/DeviationsDialog.h"
#include "ui/quality/SelfInspectionDialog.h"
#include "ui/quality/YearWheelDialog.h"
#include "ui/shell/Handbook.h"
#include "ui/shell/IdleWatch.h"
#include "ui/shell/ImportWizard.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/LogCheckDialog.h"
#include "ui/shell/RetentionDialog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/templates/TemplatesView.h"
#include "ui/today/TodayView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

namespace tf {

namespace {
QKeySequence pageShortcut(int row)
{
    return QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row));
}
} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new CurrentPageStack(this))
    , m_status(new QLabel(tr("Opening the database …"), this))
    , m_idle(new IdleWatch(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Teamforum"));
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setMinimumWidth(160);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);

    // The daily work first, opened by what is due today; the routine's
    // templates are edited seldom.
    addPage(tr("Today"), QStringLiteral("go-home"), [this] { return buildToday(); });
    addPage(tr("Chair"), QStringLiteral("x-office-calendar"),
        [this] { return new ChairView(m_workspace, this); });
    m_meetingModePage = static_cast<int>(m_builders.size());
    addPage(tr("Meeting mode"), QStringLiteral("accessories-text-editor"), [this] {
        m_meetingMode = new MeetingModeView(m_workspace, this);
        return m_meetingMode;
    });
    m_actionsPage = static_cast<int>(m_builders.size());
    addPage(tr("Actions"), QStringLiteral("emblem-default"),
        [this] { return new ActionsView(m_workspace, this); });
    m_myClientsPage = static_cast<int>(m_builders.size());
    addPage(tr("My clients"), QStringLiteral("system-users"),
        [this] { return new ContactPersonView(m_workspace, this); });
    addPage(tr("Before the meeting"), QStringLiteral("appointment-soon"),
        [this] { return new NurseView(m_workspace, this); });
    addPage(tr("Search"), QStringLiteral("system-search"), [this] {
        auto *searchView = new SearchView(m_workspace, this);
        connect(searchView, &SearchView::openMeeting, this, [this](qint64 id, qint64 itemId) {
            meetingMode()->openMeeting(id, false, itemId);
            showPage(m_meetingModePage);
        });
        return searchView;
    });
    m_templatesPage = static_cast<int>(m_builders.size());
    addPage(tr("Forums and templates"), QStringLiteral("preferences-system"), [this] {
        m_templatesView = new TemplatesView(m_workspace, this);
        return m_templatesView;
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    // A view needing more room than a small screen at a large scale gives
    // scrolls; on a larger screen no scroll bar shows.
    auto *pageArea = new QScrollArea(splitter);
    pageArea->setObjectName(QStringLiteral("pageScrollArea"));
    pageArea->setWidgetResizable(true);
    pageArea->setFrameShape(QFrame::NoFrame);
    pageArea->setFocusPolicy(Qt::NoFocus);
    pageArea->setWidget(m_pages);
    splitter->addWidget(pageArea);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1000});
    setCentralWidget(splitter);
    // Idag after every sign-in, for every role. The page itself is built
    // once the window has been painted and start() has named the user, so
    // the window appears before any data is read.
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !m_started)
            return;
        if (m_shownRow == m_meetingModePage && row != m_meetingModePage
            && !confirmLeavingMeeting(tr("A meeting is in progress in meeting mode. Everything "
                                         "written is saved, and the meeting goes on where you "
                                         "left it. Switch to another view?"),
                tr("Some of the notes could not be saved yet. They stay in meeting mode and "
                   "are saved as soon as that is possible. Switch to another view?"),
                tr("Switch view"))) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_shownRow);
            return;
        }
        m_shownRow = row;
        m_pages->setCurrentWidget(page(row));
    });

    m_status->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addPermanentWidget(m_status, 1);
    createMenus();
    restoreLayout();
}

void MainWindow::showSignedIn(const QString &userName)
{
    const StoreDescription store = describeStore(m_workspace);
    QString status
        = tr("Signed in as %1 · %2 database %3").arg(userName, store.engineName, store.displayName);
    if (store.readOnly)
        status += tr(" · read only: changes cannot be saved");
    m_signedInStatus = status;
    m_status->setText(status);
}

void MainWindow::start(const QString &userName)
{
    showSignedIn(userName);
    connect(m_idle, &IdleWatch::idle, this, [this] { lock(true); });
    m_idle->setMinutes(SettingsDialog::idleLockMinutes());
    m_workspace.limitWaitsForInteractiveUse();
    // The views' reads get their own connection now, beside the start, so
    // the first view shown does not wait for its set-up (PostgreSQL).
    m_workspace.readsBeside().connectSoon();
    ConnectionWatch &watch = m_workspace.connectionWatch();
    connect(&watch, &ConnectionWatch::connectionLost, this,
        [this] { m_status->setText(tr("Disconnected – trying again")); });
    connect(&watch, &ConnectionWatch::reconnected, this,
        [this] { m_status->setText(m_signedInStatus); });
    bool offered = false;
    runGuarded(this, tr("Import from CSV"),
        [&] { offered = RegisterImport(m_workspace).offeredToSignedIn(); });
    m_importAction->setVisible(offered);
    m_retentionAction->setVisible(offered);
    m_logCheckAction->setVisible(offered);
    m_deviationsAction->setVisible(offered);
    m_complaintsAction->setVisible(offered);
    m_complianceAction->setVisible(offered);
    m_consentWatchAction->setVisible(offered);
    m_started = true;
    showStartPageWhenReady();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After the paint has reached the screen, not inside it.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT firstPainted();
            showStartPageWhenReady();
        });
    }
    return handled;
}

void MainWindow::showStartPageWhenReady()
{
    if (!m_painted || !m_started || m_startPageShown)
        return;
    m_startPageShown = true;
    if (const int row = m_navigation->currentRow(); row >= 0) {
        m_shownRow = row;
        m_pages->setCurrentWidget(page(row));
    }
    Q_EMIT startPageShown();
    // Then what falls due, on the desktop; again each hour, for a window
    // left open into the next day.
    QTimer::singleShot(0, this, &MainWindow::remindOfDueWork);
    auto *hourly = new QTimer(this);
    hourly->setInterval(60 * 60 * 1000);
    connect(hourly, &QTimer::timeout, this, &MainWindow::remindOfDueWork);
    hourly->start();
}

void MainWindow::remindOfDueWork()
{
    if (m_lock)
        return; // nobody is known to be at the screen
    const qint64 me = m_workspace.actorId();
    const QDate day = stockholmDate(QDateTime::currentDateTimeUtc());
    if (!DesktopReminders().wanted(me, day))
        return; // nothing is read when nothing would be sent
    // Read beside the window, as Idag is.
    const QFuture<std::optional<DueReminder>> read
        = m_workspace.readsBeside().read<std::optional<DueReminder>>(
            [day](Workspace &workspace) { return readDueReminder(workspace, day); });
    whenRead(read, this, [me, day](const QFuture<std::optional<DueReminder>> &done) {
        try {
            DesktopReminders().send(me, day, done.result());
        } catch (const StorageError &error) {
            // A reminder is a convenience: Idag shows the same without it.
            qWarning("no desktop reminder: code %s", qPrintable(error.nativeCode()));
        }
    });
}

void MainWindow::addPage(
    const QString &title, const QString &iconName, std::function<QWidget *()> build)
{
    const QKeySequence shortcut = pageShortcut(m_navigation->count());
    auto *item = new QListWidgetItem(themedIcon(iconName),
        QStringLiteral("%1\n%2").arg(title, shortcut.toString(QKeySequence::NativeText)),
        m_navigation);
    item->setData(Qt::UserRole, title);
    item->setData(Qt::AccessibleTextRole,
        tr("%1, shortcut %2").arg(title, shortcut.toString(QKeySequence::NativeText)));
    m_pages->addWidget(new QWidget(m_pages)); // stands in until first shown
    m_builders << std::move(build);
    m_built << false;
}

QWidget *MainWindow::page(int index)
{
    if (!m_built.at(index)) {
        m_built[index] = true;
        QWidget *placeholder = m_pages->widget(index);
        m_pages->insertWidget(index, m_builders.at(index)());
        m_pages->removeWidget(placeholder);
        placeholder->deleteLater();
    }
    return m_pages->widget(index);
}

QWidget *MainWindow::buildToday()
{
    auto *today = new TodayView(m_workspace, this);
    connect(today, &TodayView::openMeeting, this, [this](qint64 meetingId) {
        meetingMode()->openMeeting(meetingId, false);
        showPage(m_meetingModePage);
    });
    connect(today, &TodayView::openAction, this, [this](qint64 personId, qint64 actionId) {
        if (auto *actions = qobject_cast<ActionsView *>(page(m_actionsPage)))
            actions->showAction(personId, actionId);
        showPage(m_actionsPage);
    });
    connect(today, &TodayView::openMyClients, this, [this] { showPage(m_myClientsPage); });
    return today;
}

TemplatesView *MainWindow::templatesView()
{
    page(m_templatesPage);
    return m_templatesView;
}

MeetingModeView *MainWindow::meetingMode()
{
    page(m_meetingModePage);
    return m_meetingMode;
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_importAction = fileMenu->addAction(tr("&Import from CSV…"));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setVisible(false); // start() shows it to whom it is offered
    connect(m_importAction, &QAction::triggered, this, [this] {
        ImportWizard wizard(m_workspace, this);
        wizard.exec();
    });
    m_retentionAction = fileMenu->addAction(tr("&Retention and purging…"));
    m_retentionAction->setObjectName(QStringLiteral("retentionAction"));
    m_retentionAction->setVisible(false); // start() shows it to whom it is offered
    connect(m_retentionAction, &QAction::triggered, this, [this] {
        RetentionDialog dialog(m_workspace, this);
        dialog.exec();
    });
    m_logCheckAction = fileMenu->addAction(tr("Access log &check…"));
    m_logCheckAction->setObjectName(QStringLiteral("logCheckAction"));
    m_logCheckAction->setVisible(false); // start() shows it to whom it is offered
    connect(m_logCheckAction, &QAction::triggered, this, [this] {
        LogCheckDialog dialog(m_workspace, this);
        dialog.exec();
    });
    m_deviationsAction = fileMenu->addAction(tr("&Deviations…"));
    m_deviationsAction->setObjectName(QStringLiteral("deviationsAction"));
    m_deviationsAction->setVisible(false); // start() shows it to whom it is offered
    connect(m_deviationsAction, &QAction::triggered, this, [this] {
        DeviationsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    m_complaintsAction = fileMenu->addAction(tr("Complaints and su&ggestions…"));
    m_complaintsAction->setObjectName(QStringLiteral("complaintsAction"));
    m_complaintsAction->setVisible(false); // start() shows it to whom it is offered
    connect(m_complaintsAction, &QAction::triggered, this, [this] {
        ComplaintsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    m_complianceAction = fileMenu->addAction(tr("&Following the meeting routine…"));
    m_complianceAction->setObjectName(QStringLiteral("complianceAction"));
    m_complianceAction->setVisible(false); // start() shows it to whom it is offered
    connect(m_complianceAction, &QAction::triggered, this, [this] {
        ComplianceDialog dialog(m_workspace, this);
        dialog.exec();
    });
    m_consentWatchAction = fileMenu->addAction(tr("&Consents to renew…"));
    m_consentWatchAction->setObjectName(QStringLiteral("consentWatchAction"));
    m_consentWatchAction->setVisible(false); // start() shows it to whom it is offered
    connect(m_consentWatchAction, &QAction::triggered, this, [this] {
        ConsentWatchDialog dialog(m_workspace, this);
        dialog.exec();
    });
    QAction *selfInspections = fileMenu->addAction(tr("Self-ins&pections…"));
    selfInspections->setObjectName(QStringLiteral("selfInspectionAction"));
    connect(selfInspections, &QAction::triggered, this, [this] {
        SelfInspectionDialog dialog(m_workspace, this);
        dialog.exec();
    });
    QAction *actionPlans = fileMenu->addAction(tr("&Action plans…"));
    actionPlans->setObjectName(QStringLiteral("actionPlansAction"));
    connect(actionPlans, &QAction::triggered, this, [this] {
        ActionPlansDialog dialog(m_workspace, this);
        dialog.exec();
    });
    QAction *yearWheel = fileMenu->addAction(tr("The APT's &year wheel…"));
    yearWheel->setObjectName(QStringLiteral("yearWheelAction"));
    connect(yearWheel, &QAction::triggered, this, [this] {
        YearWheelDialog dialog(m_workspace, this);
        dialog.exec();
    });
    QAction *switchUser = fileMenu->addAction(tr("&Switch user…"));
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    connect(switchUser, &QAction::triggered, this, &MainWindow::askWhoIsWorking);
    QAction *lockNow = fileMenu->addAction(tr("&Lock now"));
    lockNow->setObjectName(QStringLiteral("lockAction"));
    lockNow->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(lockNow, &QAction::triggered, this, [this] { lock(false); });
    QAction *settings = fileMenu->addAction(tr("S&ettings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    connect(settings, &QAction::triggered, this, &MainWindow::editSettings);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        QAction *action = viewMenu->addAction(item->icon(), item->data(Qt::UserRole).toString());
        action->setShortcut(pageShortcut(row));
        connect(action, &QAction::triggered, this, [this, row] { showPage(row); });
    }
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *handbook
        = helpMenu->addAction(themedIcon(QStringLiteral("help-contents")), tr("&Handbook"));
    handbook->setObjectName(QStringLiteral("handbookAction"));
    connect(handbook, &QAction::triggered, this, [this] { openHandbook(this); });
    QAction *keys = helpMenu->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("keyboardHelpAction"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    connect(keys, &QAction::triggered, this, [this] {
        KeyboardHelpDialog dialog(keyboardHelp(), this);
        dialog.exec();
    });
    QAction *about = helpMenu->addAction(tr("&About Teamforum"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Teamforum"),
            tr("<p><b>Teamforum %1</b></p><p>Agendas, minutes and follow-up of "
               "decided actions for the meeting forums of municipal care.</p>")
                .arg(QStringLiteral(TEAMFORUM_VERSION)));
    });
}

QList<KeyboardHelpDialog::Section> MainWindow::keyboardHelp()
{
    QList<KeyboardHelpDialog::Section> sections;
    sections << KeyboardHelpDialog::Section {tr("Whole program"), shortcutsIn(menuBar())};
    for (int row = 0; row < m_navigation->count(); ++row) {
        // A view not yet opened is not built for its list: building it reads
        // (and logs) the data it shows, which no one looked at.
        const QList<ShortcutEntry> shortcuts = m_built.at(row)
            ? shortcutsIn(page(row))
            : QList<ShortcutEntry> {{QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row))
                                         .toString(QKeySequence::NativeText),
                tr("Opens the view; its own shortcuts are listed here once it has been opened")}};
        sections << KeyboardHelpDialog::Section {m_navigation->item(row)->text(), shortcuts};
    }
    return sections;
}

bool MainWindow::confirmLeavingMeeting(
    const QString &text, const QString &unsavedText, const QString &leaveText)
{
    if (!m_meetingMode)
        return true;
    // Saved first, so that nothing typed is lost whatever the answer; what
    // could not be saved (a lost connection, a full disk) is said as such.
    if (!m_meetingMode->saveNow())
        return MessageBox::question(
            this, tr("Notes not saved"), unsavedText, leaveText, tr("Stay in meeting mode"));
    if (!m_meetingMode->meetingInProgress())
        return true;
    return MessageBox::question(
        this, tr("The meeting is in progress"), text, leaveText, tr("Stay in the meeting"));
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_idle->setMinutes(SettingsDialog::idleLockMinutes());
}

void MainWindow::lock(bool byIdle)
{
    if (m_lock || !m_started)
        return;
    // Nothing typed is lost while the program waits behind the lock.
    if (m_meetingMode)
        m_meetingMode->saveNow();
    Person signedIn;
    QList<Person> people;
    const bool loginIdentifies = Identity(m_workspace).loginIdentifies();
    runGuarded(this, tr("Lock"), [&] {
        if (const auto me = m_workspace.directory().person(m_workspace.actorId()))
            signedIn = *me;
        if (loginIdentifies) {
            if (signedIn.id > 0)
                people << signedIn;
        } else {
            people = m_workspace.directory().people();
        }
    });
    const QString reason = byIdle
        ? tr("Teamforum locked itself after %n minute(s) without use.", nullptr, m_idle->minutes())
        : tr("Teamforum was locked from the menu.");
    const QString note = loginIdentifies
        ? tr("On a shared database the login says who is working. Someone else quits "
             "Teamforum and starts it with their own login.")
        : QString();
    m_idle->setPaused(true);
    m_lock = new LockScreen(reason, signedIn, people, note, this);
    connect(m_lock, &LockScreen::unlocked, this, &MainWindow::unlock);
    const QScreen *where = screen();
    m_lock->setGeometry(where ? where->geometry() : geometry());
    centralWidget()->hide(); // nothing of the work behind the lock, not even to a screen reader
    menuBar()->setEnabled(false);
    m_lock->showFullScreen();
    m_lock->raise();
    m_lock->activateWindow();
}

void MainWindow::unlock(qint64 personId)
{
    if (!m_lock)
        return;
    LockScreen *lockScreen = m_lock;
    m_lock = nullptr;
    lockScreen->close();
    lockScreen->deleteLater();
    centralWidget()->show();
    menuBar()->setEnabled(true);
    m_idle->setPaused(false);
    if (personId > 0 && personId != m_workspace.actorId())
        switchTo(personId);
}

void MainWindow::askWhoIsWorking()
{
    if (Identity(m_workspace).loginIdentifies()) {
        MessageBox::information(this, tr("Switch user"),
            tr("On a shared database the login says who is working, so another person "
               "cannot be chosen here. Quit Teamforum and let the other person start it with "
               "their own login."));
        return;
    }
    PersonSignInDialog::Options options;
    options.title = tr("Switch user");
    options.intro = tr("Who is working now? Everything changed from now on is recorded under "
                       "the person chosen.");
    options.acceptText = tr("Switch");
    options.preselectedId = m_workspace.actorId();
    if (!runGuarded(
            this, tr("Switch user"), [&] { options.people = m_workspace.directory().people(); }))
        return;
    PersonSignInDialog dialog(options, this);
    if (dialog.exec() == QDialog::Accepted && dialog.personId() != m_workspace.actorId())
        switchTo(dialog.personId());
}

bool MainWindow::switchTo(qint64 personId)
{
    Identity identity(m_workspace);
    if (identity.loginIdentifies() || !settleTemplateChanges())
        return false;
    if (m_meetingMode)
        m_meetingMode->saveNow();
    QString name;
    if (!runGuarded(this, tr("Switch user"), [&] {
            const auto person = m_workspace.directory().person(personId);
            if (!person)
                throw StorageError(
                    StorageError::Kind::NotFound, tr("The person is no longer in the database."));
            identity.adopt(personId);
            name = person->name;
        }))
        return false;
    showSignedIn(name);
    bool offered = false;
    runGuarded(this, tr("Import from CSV"),
        [&] { offered = RegisterImport(m_workspace).offeredToSignedIn(); });
    m_importAction->setVisible(offered);
    m_deviationsAction->setVisible(offered);
    m_complaintsAction->setVisible(offered);
    rebuildPages();
    remindOfDueWork();
    return true;
}

void MainWindow::rebuildPages()
{
    // Every view reads again, for the person now signed in (Mina kunder
    // are theirs); the views are built anew when shown.
    m_meetingMode = nullptr;
    m_templatesView = nullptr;
    for (int index = 0; index < m_built.size(); ++index) {
        if (!m_built.at(index))
            continue;
        m_built[index] = false;
        QWidget *old = m_pages->widget(index);
        m_pages->insertWidget(index, new QWidget(m_pages));
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    if (m_shownRow >= 0)
        m_pages->setCurrentWidget(page(m_shownRow));
}

bool MainWindow::settleTemplateChanges()
{
    if (!m_templatesView || !m_templatesView->hasUnsavedChanges())
        return true;
    const bool saveFirst = MessageBox::question(this, tr("Unsaved changes"),
        tr("The template has changes that are not saved. Save them before closing?"), tr("Save"),
        tr("Close without saving"));
    return !saveFirst || m_templatesView->save();
}

QSize MainWindow::firstStartSize() const
{
    // 1200×800 where it fits; on a laptop's 1366×768 the whole window,
    // its title bar and status bar included, stays on the screen.
    const QSize wanted(1200, 800);
    const QSize titleBarRoom(0, 64);
    const QScreen *shown = screen();
    return shown ? wanted.boundedTo(shown->availableGeometry().size() - titleBarRoom) : wanted;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(firstStartSize());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleTemplateChanges()) {
        event->ignore();
        return;
    }
    if (!confirmLeavingMeeting(tr("A meeting is in progress in meeting mode. Everything written "
                                  "is saved. Quit Teamforum anyway?"),
            tr("Some of the notes could not be saved. If you quit now, what could not be "
               "saved is lost. Quit Teamforum anyway?"),
            tr("Quit Teamforum"))) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace tf
