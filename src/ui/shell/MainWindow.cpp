#include "ui/shell/MainWindow.h"

#include "services/ConnectionWatch.h"
#include "services/StoreDescription.h"
#include "services/Workspace.h"
#include "services/register/RegisterImport.h"
#include "ui/care/ContactPersonView.h"
#include "ui/care/NurseView.h"
#include "ui/chair/ChairView.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"
#include "ui/minutes/ActionsView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/SearchView.h"
#include "ui/shell/ImportWizard.h"
#include "ui/templates/TemplatesView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace tf {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new QLabel(tr("Opening the database …"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Teamforum"));
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setMinimumWidth(160);

    // The daily work first; the routine's templates are edited seldom.
    addPage(tr("Chair"), [this] { return new ChairView(m_workspace, this); });
    m_meetingModePage = static_cast<int>(m_builders.size());
    addPage(tr("Meeting mode"), [this] {
        m_meetingMode = new MeetingModeView(m_workspace, this);
        return m_meetingMode;
    });
    addPage(tr("Actions"), [this] { return new ActionsView(m_workspace, this); });
    addPage(tr("My clients"), [this] { return new ContactPersonView(m_workspace, this); });
    addPage(tr("Before the meeting"), [this] { return new NurseView(m_workspace, this); });
    addPage(tr("Search"), [this] {
        auto *searchView = new SearchView(m_workspace, this);
        connect(searchView, &SearchView::openMeeting, this, [this](qint64 id, qint64 itemId) {
            meetingMode()->openMeeting(id, false, itemId);
            showPage(m_meetingModePage);
        });
        return searchView;
    });
    m_templatesPage = static_cast<int>(m_builders.size());
    addPage(tr("Forums and templates"), [this] {
        m_templatesView = new TemplatesView(m_workspace, this);
        return m_templatesView;
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1000});
    setCentralWidget(splitter);
    // Back where this person left off; the chair's view the first time. The
    // page itself is built once the window has been painted and start()
    // has named the user, so the window appears before any data is read.
    const int lastPage = QSettings().value(QStringLiteral("mainWindow/page"), 0).toInt();
    m_navigation->setCurrentRow(lastPage >= 0 && lastPage < m_navigation->count() ? lastPage : 0);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !m_started)
            return;
        if (m_shownRow == m_meetingModePage && row != m_meetingModePage
            && !confirmLeavingMeeting(tr("A meeting is in progress in meeting mode. Everything "
                                         "written is saved, and the meeting goes on where you "
                                         "left it. Switch to another view?"),
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

void MainWindow::start(const QString &userName)
{
    const StoreDescription store = describeStore(m_workspace);
    QString status
        = tr("Signed in as %1 · %2 database %3").arg(userName, store.engineName, store.displayName);
    if (store.readOnly)
        status += tr(" · read only: changes cannot be saved");
    m_signedInStatus = status;
    m_status->setText(status);
    m_workspace.limitWaitsForInteractiveUse();
    ConnectionWatch &watch = m_workspace.connectionWatch();
    connect(&watch, &ConnectionWatch::connectionLost, this,
        [this] { m_status->setText(tr("Disconnected – trying again")); });
    connect(&watch, &ConnectionWatch::reconnected, this,
        [this] { m_status->setText(m_signedInStatus); });
    bool offered = false;
    runGuarded(this, tr("Import from CSV"),
        [&] { offered = RegisterImport(m_workspace).offeredToSignedIn(); });
    m_importAction->setVisible(offered);
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
}

void MainWindow::addPage(const QString &title, std::function<QWidget *()> build)
{
    m_navigation->addItem(title);
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
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction *action = viewMenu->addAction(m_navigation->item(row)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { showPage(row); });
    }
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Teamforum"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Teamforum"),
            tr("<p><b>Teamforum %1</b></p><p>Agendas, minutes and follow-up of "
               "decided actions for the meeting forums of municipal care.</p>")
                .arg(QStringLiteral(TEAMFORUM_VERSION)));
    });
}

bool MainWindow::confirmLeavingMeeting(const QString &text, const QString &leaveText)
{
    if (!m_meetingMode || !m_meetingMode->meetingInProgress())
        return true;
    // Saved first, so that nothing typed is lost whatever the answer.
    m_meetingMode->saveNow();
    return MessageBox::question(
        this, tr("The meeting is in progress"), text, leaveText, tr("Stay in the meeting"));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_templatesView && m_templatesView->hasUnsavedChanges()) {
        const bool saveFirst = MessageBox::question(this, tr("Unsaved changes"),
            tr("The template has changes that are not saved. Save them before closing?"),
            tr("Save"), tr("Close without saving"));
        if (saveFirst && !m_templatesView->save()) {
            event->ignore();
            return;
        }
    }
    if (!confirmLeavingMeeting(tr("A meeting is in progress in meeting mode. Everything written "
                                  "is saved. Quit Teamforum anyway?"),
            tr("Quit Teamforum"))) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/page"), m_navigation->currentRow());
    event->accept();
}

} // namespace tf
