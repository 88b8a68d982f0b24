#pragma once

#include <QMainWindow>

#include <functional>

class QListWidget;
class QStackedWidget;

namespace tf {

class MeetingModeView;
class TemplatesView;
class Workspace;

// Assembles the views; holds no logic of its own. A view is built the first
// time it is shown; the one the window opens on right after the window's
// first paint, so the window appears at once and start-up pays for one view.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, const QString &userName, QWidget *parent = nullptr);

    TemplatesView *templatesView();
    void showTemplates() { showPage(m_templatesPage); }
    void showPage(int index);
    // The page at index, built now if it was not yet.
    QWidget *page(int index);

Q_SIGNALS:
    // The page the window opened on is built and shown.
    void startPageShown();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &title, std::function<QWidget *()> build);
    MeetingModeView *meetingMode();
    void createMenus();
    void restoreLayout();

    Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QList<std::function<QWidget *()>> m_builders;
    QList<bool> m_built;
    TemplatesView *m_templatesView = nullptr;
    MeetingModeView *m_meetingMode = nullptr;
    int m_templatesPage = -1;
    int m_meetingModePage = -1;
    int m_startPage = -1; // built after the first paint, then -1
};

} // namespace tf
