#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;
class QTimer;

namespace tf {

class ActionTableModel;
class Workspace;

// The Åtgärder list: the actions of a unit or of one person, filtered by
// open, due, overdue or done; marking one done records who and when.
// Another client's change to the actions shows without asking.
class ActionsView : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsView(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    bool markSelectedDone();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillChoices();
    void onStoreChanged(const QString &table);

    Workspace &m_workspace;
    QComboBox *m_unit;
    QComboBox *m_person;
    QComboBox *m_filter;
    ActionTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_markDone;
    QTimer *m_reload; // folds a burst of others' changes into one read
};

} // namespace tf
