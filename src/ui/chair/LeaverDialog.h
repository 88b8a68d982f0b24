#pragma once

#include "services/staff/Leavers.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tf {

class PersonChoiceModel;
class Workspace;

// A person leaves: the enhetschef sets the end of their employment and
// hands what they hold (open actions, client roles, SIP needs) to
// successors, one for all or one per row, in one step that is recorded.
class LeaverDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LeaverDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Shows this person, as if chosen in the list.
    void selectPerson(qint64 personId);

private:
    void personChanged();
    void saveEndDate();
    void fillItems();
    void chooseForAll();
    void handOver();
    qint64 personId() const;

    Workspace &m_workspace;
    QComboBox *m_person;
    QCheckBox *m_ends;
    QDateEdit *m_endsOn;
    QPushButton *m_saveEnd;
    QLabel *m_summary;
    QTableWidget *m_items;
    QComboBox *m_successorForAll;
    PersonChoiceModel *m_successorsForAll; // "choose a successor" first
    PersonChoiceModel *m_successorsForRows; // "stays for now" first, for every row
    QPushButton *m_forAll;
    QPushButton *m_handOver;
    QList<HandoverItem> m_open;
};

} // namespace tf
