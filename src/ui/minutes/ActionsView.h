#pragma once

#include "domain/Action.h"
#include "domain/Person.h"
#include "domain/Unit.h"
#include "services/ActionList.h"

#include <QHash>

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace tf {

class ActionTableModel;
class PersonChoiceModel;
class Workspace;

// The Åtgärder list: the actions of a unit or of one person, filtered by
// open, due, overdue or done; marking one done records who and when.
// Another client's change to the actions shows without asking.
class ActionsView : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsView(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the list again beside the window (at once on SQLite) and shows
    // it when read; of several reads asked meanwhile only the last.
    void refresh();
    // Whether the units and people or a list asked for are not yet shown.
    bool isReading() const { return !m_choicesShown || m_answered != m_asked; }
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
    struct Choices
    {
        QList<Unit> units;
        QList<Person> people;
    };
    struct Rows
    {
        QList<ActionListRow> rows;
        QHash<qint64, QString> names; // of those responsible and who did them
    };
    // The units and people to choose among, read once beside the window.
    void readChoices();
    void showRows(const Rows &read, const QDate &today);

    Workspace &m_workspace;
    QComboBox *m_unit;
    QComboBox *m_person;
    PersonChoiceModel *m_people; // everyone, read once beside the window
    QComboBox *m_filter;
    ActionTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_markDone;
    QPushButton *m_editText;
    bool m_choicesShown = false;
    qint64 m_personAsked = 0; // by showAction before the people were read
    qint64 m_chooseAfterRead = 0; // the action to choose once the list is read
    int m_asked = 0; // lists asked for; the last one is shown
    int m_answered = 0;
};

} // namespace tf
