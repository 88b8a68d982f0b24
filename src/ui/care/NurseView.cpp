#include "ui/care/NurseView.h"

#include "services/AccessLogger.h"
#include "services/Workspace.h"
#include "services/care/CarePlanning.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/StorageError.h"
#include "storage/care/CareRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SipRepository.h"
#include "ui/care/CareTable.h"
#include "ui/care/CareText.h"
#include "ui/care/ClientRoutineDialog.h"
#include "ui/care/InstrumentSettingsDialog.h"
#include "ui/care/RiskAssessmentDialog.h"
#include "ui/care/SbarDialog.h"
#include "ui/care/SipNeedDialog.h"
#include "ui/common/MessageBox.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tf {

namespace {
enum Role { ClientRole = Qt::UserRole, InstrumentRole, AgendaItemRole, MeetingRole };
constexpr int kWeeksAhead = 4;

QString stateText(RiskDueState state)
{
    switch (state) {
    case RiskDueState::Current:
        return NurseView::tr("Up to date");
    case RiskDueState::OutOfDate:
        return NurseView::tr("Out of date");
    case RiskDueState::Missing:
        break;
    }
    return NurseView::tr("Missing");
}
} // namespace

NurseView::NurseView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_meetings(new QTreeWidget(this))
    , m_start(new QPushButton(tr("Start assessment"), this))
    , m_sbar(new QPushButton(tr("SBAR…"), this))
    , m_sipNeed(new QPushButton(tr("Need for S&IP…"), this))
    , m_routine(new QPushButton(tr("Moving i&n and intervals…"), this))
    , m_settings(new QPushButton(tr("Assessment instruments per &verksamhet…"), this))
    , m_historyTitle(new QLabel(this))
    , m_history(createCareTable(this, "assessmentHistoryTableWidget", tr("Earlier assessments"),
          {tr("Date"), tr("Instrument"), tr("Points"), tr("Result"), tr("Trend"),
              tr("Assessed by")}))
    , m_actions(createCareTable(this, "healthActionsTableWidget", tr("My health-care actions"),
          {tr("Action"), tr("Client"), tr("Due date")}))
    , m_sip(createCareTable(
          this, "sipTableWidget", tr("SIP to call"), {tr("Client"), tr("Note"), tr("Noted at")}))
    , m_sipDone(new QPushButton(tr("Mark SIP as called"), this))
{
    setObjectName(QStringLiteral("nurseView"));
    m_meetings->setObjectName(QStringLiteral("comingMeetingsTreeWidget"));
    m_meetings->setAccessibleName(tr("Coming meetings and needed assessments"));
    m_meetings->setHeaderLabels(
        {tr("Meeting, client, instrument"), tr("Status"), tr("Last done"), tr("Due")});
    m_meetings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_meetings->setColumnWidth(1, 190);
    m_start->setObjectName(QStringLiteral("startAssessmentButton"));
    m_start->setAccessibleName(m_start->text());
    m_start->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_start->setToolTip(tr("Open the assessment form for the chosen instrument (Ctrl+B or Enter)"));
    m_sbar->setObjectName(QStringLiteral("sbarButton"));
    m_sbar->setAccessibleName(tr("Write an SBAR report"));
    m_sbar->setToolTip(tr("Write an SBAR report about the chosen client for this agenda item"));
    m_sipNeed->setObjectName(QStringLiteral("sipNeedButton"));
    m_sipNeed->setAccessibleName(tr("Need for a SIP"));
    m_sipNeed->setToolTip(tr("Note that the chosen client, discussed at a samordningsmöte, needs "
                             "a SIP and who calls it (Alt+I)"));
    m_routine->setObjectName(QStringLiteral("clientRoutineButton"));
    m_routine->setAccessibleName(tr("Moving in and intervals"));
    m_routine->setToolTip(tr("The chosen client's moving-in date and the shorter intervals the "
                             "team decided (Alt+N)"));
    m_settings->setObjectName(QStringLiteral("instrumentSettingsButton"));
    m_settings->setAccessibleName(tr("Assessment instruments per verksamhet"));
    m_settings->setToolTip(tr("Which instruments each verksamhet uses, and how often (Alt+V)"));
    m_historyTitle->setObjectName(QStringLiteral("historyTitleLabel"));
    m_sipDone->setObjectName(QStringLiteral("sipDoneButton"));
    m_sipDone->setAccessibleName(m_sipDone->text());
    m_sipDone->setToolTip(tr("The SIP meeting has been called"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_meetings, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_start);
    buttonRow->addWidget(m_sbar);
    buttonRow->addWidget(m_sipNeed);
    buttonRow->addWidget(m_routine);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_settings);
    leftLayout->addLayout(buttonRow);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_historyTitle);
    rightLayout->addWidget(m_history, 1);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *actionBox = new QGroupBox(tr("After the meeting: my health-care actions"), this);
    (new QVBoxLayout(actionBox))->addWidget(m_actions);
    auto *sipBox = new QGroupBox(tr("SIP needs I am to call"), this);
    auto *sipLayout = new QVBoxLayout(sipBox);
    sipLayout->addWidget(m_sip);
    sipLayout->addWidget(m_sipDone, 0, Qt::AlignLeft);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(actionBox);
    bottom->addWidget(sipBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Before the meeting</h2>"), this));
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    connect(m_meetings, &QTreeWidget::currentItemChanged, this, &NurseView::selectionChanged);
    connect(m_meetings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, InstrumentRole).toString().isEmpty())
            startAssessment();
    });
    connect(m_start, &QPushButton::clicked, this, &NurseView::startAssessment);
    connect(m_sbar, &QPushButton::clicked, this, &NurseView::writeSbar);
    connect(m_sipNeed, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_meetings->currentItem();
        if (item
            && SipNeedDialog::markNeed(m_workspace, item->data(0, ClientRole).toLongLong(), this))
            refresh();
    });
    connect(m_routine, &QPushButton::clicked, this, &NurseView::editRoutine);
    connect(m_settings, &QPushButton::clicked, this, [this] {
        InstrumentSettingsDialog dialog(m_workspace, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    connect(m_sipDone, &QPushButton::clicked, this, &NurseView::markSipDone);
    refresh();
}

void NurseView::refresh()
{
    const qint64 me = m_workspace.actorId();
    // Keep the chosen row across the refresh (e.g. after saving an assessment).
    qint64 keepClient = 0;
    QString keepInstrument;
    if (QTreeWidgetItem *current = m_meetings->currentItem()) {
        keepClient = current->data(0, ClientRole).toLongLong();
        keepInstrument = current->data(0, InstrumentRole).toString();
    }
    QTreeWidgetItem *keep = nullptr;
    QSet<qint64> units;
    QSet<qint64> myClients;
    for (qint64 clientId : m_workspace.care().clientsOfClinician(me)) {
        myClients.insert(clientId);
        if (const auto client = m_workspace.clients().byId(clientId))
            units.insert(client->unitId);
    }
    QList<Meeting> meetings;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 unitId : units)
        meetings << m_workspace.meetings().byUnit(unitId, now, now.addDays(7 * kWeeksAhead));
    std::sort(meetings.begin(), meetings.end(),
        [](const Meeting &a, const Meeting &b) { return a.startUtc < b.startUtc; });

    m_meetings->clear();
    // The tree shows the due assessments of every client on these agendas.
    QList<AccessRead> reads;
    for (const Meeting &meeting : meetings) {
        if (meeting.status == MeetingStatus::Cancelled)
            continue;
        auto *meetingItem = new QTreeWidgetItem(m_meetings, {meetingLabel(m_workspace, meeting)});
        meetingItem->setData(0, MeetingRole, meeting.id);
        const QDate day
            = meeting.startUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).date();
        int open = 0;
        for (const AgendaItem &agendaItem : m_workspace.meetings().agendaItems(meeting.id)) {
            const auto client = m_workspace.clients().byId(agendaItem.clientId);
            if (!client)
                continue;
            reads << AccessRead {
                client->id, AccessKind::RiskStatus, AccessPurpose::BeforeMeeting, meeting.id};
            auto *clientItem = new QTreeWidgetItem(meetingItem, {client->name});
            clientItem->setData(0, ClientRole, client->id);
            clientItem->setData(0, AgendaItemRole, agendaItem.id);
            int clientOpen = 0;
            for (const RiskNeed &need : riskNeedsFor(m_workspace, *client, day)) {
                const RiskInstrument *instrument = findRiskInstrument(need.instrument);
                auto *needItem = new QTreeWidgetItem(clientItem,
                    {instrument->name, stateText(need.state),
                        need.lastOn.isValid() ? need.lastOn.toString(Qt::ISODate) : QString(),
                        need.dueOn.toString(Qt::ISODate)});
                needItem->setData(0, ClientRole, client->id);
                needItem->setData(0, AgendaItemRole, agendaItem.id);
                needItem->setData(0, InstrumentRole, need.instrument);
                if (!keep && client->id == keepClient && need.instrument == keepInstrument)
                    keep = needItem;
                if (need.state != RiskDueState::Current) {
                    ++clientOpen;
                    needItem->setForeground(1, QColor(0xa0, 0x10, 0x10));
                }
            }
            clientItem->setText(1,
                clientOpen ? tr("%n assessment(s) to do", nullptr, clientOpen)
                           : tr("Assessments up to date"));
            clientItem->setExpanded(clientOpen > 0 && myClients.contains(client->id));
            open += clientOpen;
        }
        meetingItem->setText(1,
            meetingItem->childCount() == 0 ? tr("No client on the agenda")
                                           : tr("%n to do", nullptr, open));
        meetingItem->setExpanded(true);
    }
    m_workspace.accessLogger().read(reads);
    if (keep)
        m_meetings->setCurrentItem(keep);
    if (m_meetings->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_meetings,
            {tr("No meeting in the coming %1 weeks for the units of "
                "your clients")
                    .arg(kWeeksAhead)});

    QList<QStringList> actionRows;
    for (const Action &action : m_workspace.actions().byResponsible(me, ActionStatus::Open)) {
        const auto client = m_workspace.clients().byId(action.clientId);
        QString due = action.dueDate.isValid() ? action.dueDate.toString(Qt::ISODate) : QString();
        if (action.isOverdue(QDate::currentDate()))
            due = tr("%1 (overdue)").arg(due);
        actionRows << QStringList {action.what, client ? client->name : QString(), due};
    }
    fillCareTable(m_actions, actionRows);

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
    selectionChanged();
}

void NurseView::selectionChanged()
{
    QTreeWidgetItem *item = m_meetings->currentItem();
    m_start->setEnabled(item && !item->data(0, InstrumentRole).toString().isEmpty());
    m_sbar->setEnabled(item && item->data(0, ClientRole).toLongLong() != 0);
    m_sipNeed->setEnabled(m_sbar->isEnabled());
    m_routine->setEnabled(m_sbar->isEnabled());
    showHistory(item ? item->data(0, ClientRole).toLongLong() : 0);
}

void NurseView::showHistory(qint64 clientId)
{
    const auto client = m_workspace.clients().byId(clientId);
    m_historyTitle->setText(client ? tr("Assessments of %1").arg(client->name)
                                   : tr("Choose a client to see earlier assessments."));
    QList<QStringList> rows;
    if (client) {
        // The meeting row above the chosen client: what the history is read for.
        QTreeWidgetItem *meetingItem = m_meetings->currentItem();
        while (meetingItem && meetingItem->parent())
            meetingItem = meetingItem->parent();
        m_workspace.accessLogger().clientRead(clientId, AccessKind::RiskHistory,
            AccessPurpose::BeforeMeeting,
            meetingItem ? meetingItem->data(0, MeetingRole).toLongLong() : 0);
    }
    const auto history = client ? m_workspace.risks().history(clientId) : QList<RiskAssessment>();
    for (int i = 0; i < history.size(); ++i) {
        const RiskAssessment &a = history.at(i);
        const RiskInstrument *instrument = findRiskInstrument(a.instrument);
        QString trend;
        // Compared with the previous complete assessment with the same instrument.
        for (int j = i + 1; j < history.size(); ++j) {
            const RiskAssessment &before = history.at(j);
            if (before.instrument != a.instrument || !before.complete || !a.complete)
                continue;
            if (before.result.risk != a.result.risk)
                trend = a.result.risk ? tr("new risk") : tr("no longer at risk");
            else if (a.result.score && before.result.score)
                trend = *a.result.score == *before.result.score
                    ? tr("unchanged")
                    : tr("%1 points before").arg(*before.result.score);
            else
                trend = tr("unchanged");
            break;
        }
        rows << QStringList {localDateTimeText(a.assessedUtc).left(10),
            instrument ? instrument->name : a.instrument,
            a.result.score ? QString::number(*a.result.score) : QString(),
            a.complete ? (instrument ? instrument->levelLabel(a.result.level) : a.result.level)
                       : tr("Could not be completed"),
            trend, personName(m_workspace, a.assessedById)};
    }
    fillCareTable(m_history, rows);
}

void NurseView::startAssessment()
{
    QTreeWidgetItem *item = m_meetings->currentItem();
    if (!item)
        return;
    const RiskInstrument *instrument = findRiskInstrument(item->data(0, InstrumentRole).toString());
    const auto client = m_workspace.clients().byId(item->data(0, ClientRole).toLongLong());
    if (!instrument || !client)
        return;
    RiskAssessmentDialog dialog(m_workspace, *client, *instrument, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void NurseView::writeSbar()
{
    QTreeWidgetItem *item = m_meetings->currentItem();
    const auto client
        = item ? m_workspace.clients().byId(item->data(0, ClientRole).toLongLong()) : std::nullopt;
    if (!client)
        return;
    SbarDialog dialog(m_workspace, *client, item->data(0, AgendaItemRole).toLongLong(), this);
    dialog.exec();
}

void NurseView::editRoutine()
{
    QTreeWidgetItem *item = m_meetings->currentItem();
    const auto client
        = item ? m_workspace.clients().byId(item->data(0, ClientRole).toLongLong()) : std::nullopt;
    if (!client)
        return;
    // The meeting row above the client: where the team decides the interval.
    QTreeWidgetItem *meetingItem = item;
    while (meetingItem->parent())
        meetingItem = meetingItem->parent();
    ClientRoutineDialog dialog(
        m_workspace, *client, meetingItem->data(0, MeetingRole).toLongLong(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void NurseView::markSipDone()
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
    refresh();
}

void NurseView::showEvent(QShowEvent *event)
{
    // Other pages change meetings and actions: show the current state.
    if (!event->spontaneous())
        refresh();
    QWidget::showEvent(event);
}

} // namespace tf
