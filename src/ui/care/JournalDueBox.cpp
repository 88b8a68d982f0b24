#include "ui/care/JournalDueBox.h"

#include "models/OpenActionsModel.h"
#include "services/Workspace.h"
#include "services/care/JournalDuties.h"
#include "ui/care/CareTable.h"
#include "ui/care/JournalMarkDialog.h"
#include "ui/care/OpenActionRows.h"
#include "ui/common/Guarded.h"
#include "ui/common/LiveRefresh.h"

#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tf {

JournalDueBox::JournalDueBox(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("To document in the journal"), parent)
    , m_workspace(workspace)
    , m_model(new OpenActionsModel(this))
    , m_table(createCareTableView(
          this, "journalTableWidget", tr("To document in the journal"), m_model))
    , m_button(new QPushButton(tr("Mark as documented…"), this))
{
    setObjectName(QStringLiteral("journalDueBox"));
    m_button->setObjectName(QStringLiteral("markJournalButton"));
    m_button->setAccessibleName(m_button->text());
    m_button->setToolTip(tr("Record that the action is documented in the client's journal, "
                            "and in which record"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    connect(m_button, &QPushButton::clicked, this, &JournalDueBox::mark);
    connect(m_table, &QTableView::activated, this, &JournalDueBox::mark);
}

void JournalDueBox::showRows(const QList<JournalDue> &due)
{
    const KeepPlace keep(m_table);
    ActionsWithClients rows;
    for (const JournalDue &one : due) {
        rows.actions << one.action;
        rows.clientNames.insert(one.action.clientId, one.clientName);
    }
    showOpenActions(m_model, rows);
    m_button->setEnabled(!due.isEmpty());
}

void JournalDueBox::refresh()
{
    QList<JournalDue> due;
    runGuarded(this, tr("The journal entries could not be read"),
        [&] { due = JournalDuties(m_workspace).dueFor(m_workspace.actorId()); });
    showRows(due);
}

void JournalDueBox::mark()
{
    const Action *action = m_model->actionAt(m_table->currentIndex().row());
    if (!action)
        return;
    JournalMarkDialog dialog(m_workspace, action->id, action->what, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT marked();
    }
}

} // namespace tf
