#pragma once

#include "domain/Action.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

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
    // Lists the person's open actions with this one chosen.
    void showAction(qint64 personId, qint64 actionId);
    bool markSelectedDone();
    // Asks for the chosen action's new text and saves it (saveText).
    bool editSelectedText();
    // Saves `text` as what the action says, over the version `read` holds.
    // When someone else changed the action meanwhile, both texts are shown
    // side by side (ConflictDialog) and the user's choice is saved.
    bool saveText(Action read, QString text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillChoices();

    Workspace &m_workspace;
    QComboBox *m_unit;
    QComboBox *m_person;
    QComboBox *m_filter;
    ActionTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_markDone;
    QPushButton *m_editText;
};

} // namespace tf
