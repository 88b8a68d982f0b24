#include "ui/care/NurseAfterMeetingPanel.h"

#include "models/OpenActionsModel.h"
#include "models/SipNeedsModel.h"
#include "services/Workspace.h"
#include "services/care/ClientRecords.h"
#include "ui/care/CareTable.h"
#include "ui/care/CareText.h"
#include "ui/care/JournalDueBox.h"
#include "ui/care/OpenActionRows.h"
#include "ui/common/Guarded.h"
#include "ui/common/LiveRefresh.h"

#include <QGroupBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tf {

NurseAfterMeetingPanel::NurseAfterMeetingPanel(Workspace &workspace, QWidget *parent)
    : AdaptiveSplitter(parent)
    , m_workspace(workspace)
    // Parentless until the group boxes below take them: a splitter would
    // make every new child a section of its own.
    , m_actionModel(new OpenActionsModel(this))
    , m_actions(createCareTableView(
          nullptr, "healthActionsTableWidget", tr("My health-care actions"), m_actionModel))
    , m_sipModel(new SipNeedsModel(this))
    , m_sip(createCareTableView(nullptr, "sipTableWidget", tr("SIP to call"), m_sipModel))
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
    m_journal = new JournalDueBox(workspace);
    addWidget(actionBox);
    addWidget(sipBox);
    addWidget(m_journal);

    connect(m_sipDone, &QPushButton::clicked, this, &NurseAfterMeetingPanel::markSipDone);
}

NurseAfterMeetingPanel::Rows NurseAfterMeetingPanel::rowsOf(NurseAfterMeetingRead read)
{
    Rows rows;
    rows.actions = std::move(read.openActions);
    rows.journal = std::move(read.journal);
    rows.needs = std::move(read.sipNeeds);
    rows.clientNames = std::move(read.sipClientNames);
    for (const SipNeed &need : std::as_const(rows.needs)) {
        const auto meeting = read.sipMeetings.constFind(need.meetingId);
        if (meeting != read.sipMeetings.constEnd())
            rows.meetingLabels.insert(
                need.meetingId, meetingLabel(*meeting, read.forumNames.value(meeting->templateId)));
    }
    return rows;
}

void NurseAfterMeetingPanel::showRows(const Rows &rows)
{
    const KeepPlace keepActions(m_actions);
    const KeepPlace keepNeeds(m_sip);
    showOpenActions(m_actionModel, rows.actions);
    m_journal->showRows(rows.journal);
    m_sipModel->setNeeds(rows.needs, rows.clientNames, rows.meetingLabels);
    m_sipDone->setEnabled(!rows.needs.isEmpty());
}

void NurseAfterMeetingPanel::markSipDone()
{
    const SipNeed *chosen = m_sipModel->needAt(m_sip->currentIndex().row());
    if (!chosen)
        return;
    const qint64 id = chosen->id;
    ClientRecords records(m_workspace);
    for (const SipNeed &need : records.openSipNeedsFor(m_workspace.actorId())) {
        if (need.id == id)
            runGuarded(
                this, tr("Not saved"), [&] { records.markSipDone(need, QDate::currentDate()); });
    }
    Q_EMIT sipMarked();
}

} // namespace tf
