#include "ui/care/JournalDueBox.h"

#include "models/OpenActionsModel.h"
#include "services/Workspace.h"
#include "services/care/JournalDuties.h"
#include "ui/care/CareTable.h"
#include "ui/care/JournalMarkDialog.h"
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

OpenActionRows JournalDueBox::read(Workspace &workspace)
{
    OpenActionRows rows;
    for (const JournalDue &due : JournalDuties(workspace).dueFor(workspace.actorId())) {
        rows.actions << due.action;
        rows.clientNames.insert(due.action.clientId, due.clientName);
    }
    return rows;
}

void JournalDueBox::showRows(const OpenActionRows &rows)
{
    const KeepPlace keep(m_table);
    m_model->setActions(rows.actions, rows.clientNames, QDate::currentDate());
    m_button->setEnabled(!rows.actions.isEmpty());
}

void JournalDueBox::refresh()
{
    OpenActionRows rows;
    runGuarded(
        this, tr("The journal entries could not be read"), [&] { rows = read(m_workspace); });
    showRows(rows);
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
