#include "ui/care/NurseAfterMeetingPanel.h"

#include "models/OpenActionsModel.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/care/CareMeetings.h"
#include "services/care/ClientRecords.h"
#include "ui/care/CareTable.h"
#include "ui/care/CareText.h"
#include "ui/care/OpenActionRows.h"
#include "ui/common/Guarded.h"

#include <QGroupBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

NurseAfterMeetingPanel::NurseAfterMeetingPanel(Workspace &workspace, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_workspace(workspace)
    // Parentless until the group boxes below take them: a splitter would
    // make every new child a section of its own.
    , m_actionModel(new OpenActionsModel(this))
    , m_actions(createCareTableView(
          nullptr, "healthActionsTableWidget", tr("My health-care actions"), m_actionModel))
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
    loadOpenActions(m_workspace, m_actionModel, me);

    QList<QStringList> sipRows;
    QList<qint64> sipIds;
    Directory directory(m_workspace);
    for (const SipNeed &need : ClientRecords(m_workspace).openSipNeedsFor(me)) {
        const auto client = directory.client(need.clientId);
        const auto meeting = careMeeting(m_workspace, need.meetingId);
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
    ClientRecords records(m_workspace);
    for (const SipNeed &need : records.openSipNeedsFor(m_workspace.actorId())) {
        if (need.id == id)
            runGuarded(
                this, tr("Not saved"), [&] { records.markSipDone(need, QDate::currentDate()); });
    }
    Q_EMIT sipMarked();
}

} // namespace tf
