#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace tf {

class TemplatesView;
class Workspace;

// Assembles the views; holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, const QString &userName, QWidget *parent = nullptr);

    TemplatesView *templatesView() const { return m_templatesView; }
    void showPage(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &title, QWidget *page);
    void createMenus();
    void restoreLayout();

    Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    TemplatesView *m_templatesView;
};

} // namespace tf
