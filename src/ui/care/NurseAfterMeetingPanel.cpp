#include "ui/care/NurseAfterMeetingPanel.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/care/SipRepository.h"
#include "ui/care/CareTable.h"
#include "ui/care/CareText.h"
#include "ui/care/OpenActionRows.h"
#include "ui/common/MessageBox.h"

#include <QGroupBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

NurseAfterMeetingPanel::NurseAfterMeetingPanel(Workspace &workspace, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_workspace(workspace)
    // Parentless until the group boxes below take them: a splitter would
    // make every new child a section of its own.
    , m_actions(createCareTable(nullptr, "healthActionsTableWidget", tr("My health-care actions"),
          {tr("Action"), tr("Client"), tr("Due date")}))
    , m_sip(createCareTable(
          nullptr, "sipTableWidget", tr("SIP to call"), {tr("Client"), tr("Note"), tr("Noted at")}))
    , m_sipDone(new QPushButton(tr("Mark SIP as called")))
{
    m_sipDone->setObjectName(QStringLiteral("sipDoneButton"));
    m_sipDone->setAccessibleName(m_sipDone->text());
    m_sipDone->setToolTip(tr("The SIP meeting has been called"));

    auto *actionBox = new QGroupBox(tr("After the meeting: my health-care actions"));
    (new QVBoxLayout(actionBox))->addWidget(m_actions);
    auto *sipBox = new QGroupBox(tr("SIP needs I am to call"));
    auto *sipLayout = new QVBoxLayout(sipBox);
    sipLayout->addWidget(m_sip);
    sipLayout->addWidget(m_sipDone, 0, Qt::AlignLeft);
    addWidget(actionBox);
    addWidget(sipBox);

    connect(m_sipDone, &QPushButton::clicked, this, &NurseAfterMeetingPanel::markSipDone);
}

void NurseAfterMeetingPanel::refresh()
{
    const qint64 me = m_workspace.actorId();
    fillCareTable(m_actions, OpenActionRows::of(m_workspace, me));

    QList<QStringList> sipRows;
    QList<qint64> sipIds;
    for (const SipNeed &need : m_workspace.sip().open(me)) {
        const auto client = m_workspace.clients().byId(need.clientId);
        const auto meeting = m_workspace.meetings().byId(need.meetingId);
        sipRows << QStringList {client ? client->name : QString(), need.note,
            meeting ? meetingLabel(m_workspace, *meeting) : QString()};
        sipIds << need.id;
    }
    fillCareTable(m_sip, sipRows, sipIds);
    m_sipDone->setEnabled(!sipIds.isEmpty());
}

void NurseAfterMeetingPanel::markSipDone()
{
    const int row = m_sip->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_sip->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const SipNeed &need : m_workspace.sip().open(m_workspace.actorId())) {
        if (need.id != id)
            continue;
        try {
            m_workspace.sip().markDone(need, QDate::currentDate(), m_workspace.actorId());
        } catch (const StorageError &error) {
            MessageBox::error(this, tr("Not saved"), error.userMessage());
        }
    }
    Q_EMIT sipMarked();
}

} // namespace tf
