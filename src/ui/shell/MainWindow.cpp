#include "ui/shell/MainWindow.h"

#include "services/Workspace.h"
#include "storage/Database.h"
#include "ui/chair/ChairView.h"
#include "ui/care/ContactPersonView.h"
#include "ui/care/NurseView.h"
#include "ui/common/MessageBox.h"
#include "ui/minutes/ActionsView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/SearchView.h"
#include "ui/shell/RolePage.h"
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

namespace tf {

MainWindow::MainWindow(Workspace &workspace, const QString &userName, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_templatesView(new TemplatesView(workspace, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Teamforum"));
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setMinimumWidth(160);

    addPage(tr("Forums and templates"), m_templatesView);
    addPage(tr("Chair"), new ChairView(workspace, this));
    auto *meetingMode = new MeetingModeView(workspace, this);
    const int meetingModePage = m_pages->count();
    addPage(tr("Meeting mode"), meetingMode);
    addPage(tr("My clients"), new ContactPersonView(workspace, this));
    addPage(tr("Before the meeting"), new NurseView(workspace, this));
    addPage(tr("Actions"), new ActionsView(workspace, this));
    auto *searchView = new SearchView(workspace, this);
    addPage(tr("Search"), searchView);
    connect(searchView, &SearchView::openMeeting, this, [this, meetingMode, meetingModePage](qint64 id) {
        meetingMode->openMeeting(id, false);
        showPage(meetingModePage);
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1000});
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    QString status = tr("Signed in as %1 · %2 database %3")
                         .arg(userName, workspace.database().dialect().engineName(),
                              workspace.database().spec().displayName());
    if (workspace.database().isReadOnly())
        status += tr(" · read only: changes cannot be saved");
    auto *statusLabel = new QLabel(status, this);
    statusLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addPermanentWidget(statusLabel, 1);
    createMenus();
    restoreLayout();
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
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

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_templatesView->hasUnsavedChanges()) {
        const bool saveFirst = MessageBox::question(
            this, tr("Unsaved changes"),
            tr("The template has changes that are not saved. Save them before closing?"),
            tr("Save"), tr("Close without saving"));
        if (saveFirst && !m_templatesView->save()) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace tf
