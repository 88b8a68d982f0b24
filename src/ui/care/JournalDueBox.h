#pragma once

#include "services/care/JournalDuties.h"

#include <QGroupBox>

class QPushButton;
class QTableView;

namespace tf {

class OpenActionsModel;
class Workspace;

// "Att dokumentera i journal": the actions the signed-in person is to
// document in the client's journal, with the button that marks one
// documented (JournalMarkDialog). In the contact person's and the nurse's
// view alike.
class JournalDueBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit JournalDueBox(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the actions awaiting the signed-in person's journal entry, read
    // without the box (beside the window, with the rest of its view).
    void showRows(const QList<JournalDue> &due);
    // Reads and shows them.
    void refresh();

Q_SIGNALS:
    void marked();

private:
    void mark();

    Workspace &m_workspace;
    OpenActionsModel *m_model;
    QTableView *m_table;
    QPushButton *m_button;
};

} // namespace tf
