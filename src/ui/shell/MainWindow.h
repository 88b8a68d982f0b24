#pragma once

#include "ui/shell/KeyboardHelpDialog.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace tf {

class IdleWatch;
class LockScreen;
class MeetingModeView;
class TemplatesView;
class Workspace;

// Assembles the views; holds no logic of its own. A view is built the first
// time it is shown; the one the window opens on right after the window's
// first paint and start(), so the window appears at once and start-up pays
// for one view.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The workspace may still be closed: the window is shown first, and
    // start() follows once the database is open and the user known.
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    // Names the signed-in user and shows the page the window opens on (once
    // the window has been painted).
    void start(const QString &userName);

    TemplatesView *templatesView();
    void showTemplates() { showPage(m_templatesPage); }
    void showPage(int index);
    // The page at index, built now if it was not yet.
    QWidget *page(int index);

    // Locks the program (a meeting in progress is saved first): the lock
    // screen covers it and shows who is signed in. byIdle: it locked itself.
    void lock(bool byIdle);
    LockScreen *lockScreen() const { return m_lock; }
    IdleWatch &idleWatch() { return *m_idle; }
    // Signs in another person on this computer account (SQLite): from now
    // on changes are recorded under them. The views are read again for them.
    // False when unsaved changes kept the switch from happening.
    bool switchTo(qint64 personId);
    // The keyboard help's sections: the menus' shortcuts, then each view's
    // (a view not yet shown is built for it).
    QList<KeyboardHelpDialog::Section> keyboardHelp();

Q_SIGNALS:
    // The window has been painted for the first time.
    void firstPainted();
    // The page the window opened on is built and shown.
    void startPageShown();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // A view in the navigation: its icon (a freedesktop name), its name and
    // its shortcut, Ctrl+1 for the first.
    void addPage(const QString &title, const QString &iconName, std::function<QWidget *()> build);
    // Saves meeting mode's notes, then asks before leaving a meeting in
    // progress (`text`), or before leaving notes that could not be saved
    // (`unsavedText`), whether or not a meeting is held; true when the user
    // goes on.
    bool confirmLeavingMeeting(
        const QString &text, const QString &unsavedText, const QString &leaveText);
    MeetingModeView *meetingMode();
    // Idag, with its rows opening the meeting, the action or Mina kunder.
    QWidget *buildToday();
    // Desktop reminders of what falls due (DesktopReminders' rules).
    void remindOfDueWork();
    void createMenus();
    void restoreLayout();
    // The size of the first start, before the user chose one.
    QSize firstStartSize() const;
    void showStartPageWhenReady();
    void showSignedIn(const QString &userName);
    void askWhoIsWorking();
    void unlock(qint64 personId);
    void editSettings();
    // Offers to save an edited template; false when the user stays.
    bool settleTemplateChanges();
    void rebuildPages();

    Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QList<std::function<QWidget *()>> m_builders;
    QList<bool> m_built;
    TemplatesView *m_templatesView = nullptr;
    MeetingModeView *m_meetingMode = nullptr;
    int m_templatesPage = -1;
    int m_meetingModePage = -1;
    int m_actionsPage = -1;
    int m_myClientsPage = -1;
    int m_shownRow = -1; // the page shown, to return to when switching is declined
    QLabel *m_status;
    QAction *m_importAction = nullptr;
    QAction *m_retentionAction = nullptr;
    QAction *m_logCheckAction = nullptr;
    QAction *m_deviationsAction = nullptr;
    QAction *m_complaintsAction = nullptr;
    QAction *m_complianceAction = nullptr;
    QAction *m_consentWatchAction = nullptr;
    IdleWatch *m_idle;
    LockScreen *m_lock = nullptr;
    QString m_signedInStatus; // shown again when a lost connection is back
    bool m_painted = false;
    bool m_started = false;
    bool m_startPageShown = false;
};

} // namespace tf
