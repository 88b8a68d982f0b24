#include "ui/care/ContactPersonView.h"

#include "services/AccessLogger.h"
#include "services/Workspace.h"
#include "services/care/CarePlanning.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/StorageError.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/SipRepository.h"
#include "ui/care/AddAgendaItemDialog.h"
#include "ui/care/CareTable.h"
#include "ui/care/CareText.h"
#include "ui/care/ConsentDialog.h"
#include "ui/care/FeedbackDialog.h"
#include "ui/care/SipNeedDialog.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

ContactPersonView::ContactPersonView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_clientTable(createCareTable(this, "myClientsTableWidget", tr("My clients"),
          {tr("Client"), tr("Next meeting"), tr("Checklist"), tr("Consent, other care providers")}))
    , m_nextMeeting(new QLabel(this))
    , m_checklist(new QGroupBox(tr("Before the meeting: the client's participation"), this))
    , m_clientAsked(new QCheckBox(tr("The client has been asked for wishes"), m_checklist))
    , m_wishes(new QPlainTextEdit(m_checklist))
    , m_notAskedReason(new QLineEdit(m_checklist))
    , m_relatives(new QComboBox(m_checklist))
    , m_relativesNote(new QLineEdit(m_checklist))
    , m_saveChecklist(new QPushButton(tr("Save checklist"), m_checklist))
    , m_addItem(new QPushButton(tr("Add item for the client…"), this))
    , m_consentButton(new QPushButton(tr("Register consent…"), this))
    , m_sipButton(new QPushButton(tr("Need for S&IP…"), this))
    , m_consent(new QLabel(this))
    , m_sipSummary(new QLabel(this))
    , m_feedbackTable(createCareTable(this, "feedbackTableWidget", tr("Decisions to report back"),
          {tr("Client"), tr("Decision"), tr("Decided at")}))
    , m_feedbackButton(new QPushButton(tr("Mark as reported back…"), this))
    , m_actionTable(createCareTable(this, "myActionsTableWidget", tr("My open actions"),
          {tr("Action"), tr("Client"), tr("Due date")}))
{
    setObjectName(QStringLiteral("contactPersonView"));
    m_clientAsked->setObjectName(QStringLiteral("clientAskedCheckBox"));
    m_clientAsked->setAccessibleName(m_clientAsked->text());
    m_wishes->setObjectName(QStringLiteral("clientWishesPlainTextEdit"));
    m_wishes->setAccessibleName(tr("The client's wishes"));
    m_wishes->setPlaceholderText(tr("The client's wishes, in the client's own words"));
    m_wishes->setTabChangesFocus(true);
    m_wishes->setMaximumHeight(90);
    m_notAskedReason->setObjectName(QStringLiteral("notAskedReasonLineEdit"));
    m_notAskedReason->setAccessibleName(tr("Why the client was not asked"));
    m_notAskedReason->setPlaceholderText(tr("Only if the client could not be asked: why"));
    m_relatives->setObjectName(QStringLiteral("relativesComboBox"));
    m_relatives->setAccessibleName(tr("Relatives"));
    for (RelativesAsked value : {RelativesAsked::NotAnswered, RelativesAsked::Asked,
             RelativesAsked::ClientDeclined, RelativesAsked::NoRelatives})
        m_relatives->addItem(relativesAskedLabel(value), static_cast<int>(value));
    m_relativesNote->setObjectName(QStringLiteral("relativesNoteLineEdit"));
    m_relativesNote->setAccessibleName(tr("What the relatives said"));
    m_saveChecklist->setObjectName(QStringLiteral("saveChecklistButton"));
    m_saveChecklist->setAccessibleName(m_saveChecklist->text());
    m_saveChecklist->setShortcut(QKeySequence(tr("Ctrl+S")));
    m_saveChecklist->setToolTip(tr("Save the checklist (Ctrl+S)"));
    m_addItem->setObjectName(QStringLiteral("addClientItemButton"));
    m_addItem->setAccessibleName(m_addItem->text());
    m_addItem->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_addItem->setToolTip(tr("Put the client on the agenda of a coming meeting (Ctrl+D)"));
    m_consentButton->setObjectName(QStringLiteral("registerConsentButton"));
    m_consentButton->setAccessibleName(m_consentButton->text());
    m_consentButton->setToolTip(tr("Register a new or renewed consent"));
    m_sipButton->setObjectName(QStringLiteral("sipNeedButton"));
    m_sipButton->setAccessibleName(tr("Need for a SIP"));
    m_sipButton->setToolTip(tr("Note that the client, discussed at a samordningsmöte, needs a "
                               "SIP and who calls it (Alt+I)"));
    m_consent->setObjectName(QStringLiteral("consentSummaryLabel"));
    m_sipSummary->setObjectName(QStringLiteral("sipSummaryLabel"));
    m_sipSummary->setWordWrap(true);
    m_sipSummary->setTextFormat(Qt::PlainText);
    m_consent->setWordWrap(true);
    m_nextMeeting->setObjectName(QStringLiteral("nextMeetingLabel"));
    m_nextMeeting->setWordWrap(true);
    m_feedbackButton->setObjectName(QStringLiteral("markFeedbackButton"));
    m_feedbackButton->setAccessibleName(m_feedbackButton->text());
    m_feedbackButton->setToolTip(tr("Record when and how the decision was reported back"));

    m_consent->setTextFormat(Qt::RichText);
    auto *checklistLayout = new QFormLayout(m_checklist);
    checklistLayout->addRow(m_clientAsked);
    checklistLayout->addRow(tr("Wishes"), m_wishes);
    checklistLayout->addRow(tr("Not asked because"), m_notAskedReason);
    checklistLayout->addRow(tr("Relatives"), m_relatives);
    checklistLayout->addRow(tr("Relatives' view"), m_relativesNote);
    checklistLayout->addRow(m_saveChecklist);

    auto *details = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->addWidget(m_nextMeeting);
    detailLayout->addWidget(m_checklist);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addItem);
    buttons->addWidget(m_consentButton);
    buttons->addWidget(m_sipButton);
    buttons->addStretch(1);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_consent);
    detailLayout->addWidget(m_sipSummary);
    detailLayout->addStretch(1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_clientTable);
    top->addWidget(details);
    top->setSizes({620, 520});

    auto *feedbackBox = new QGroupBox(tr("Feedback to the client after the meeting"), this);
    auto *feedbackLayout = new QVBoxLayout(feedbackBox);
    feedbackLayout->addWidget(m_feedbackTable);
    feedbackLayout->addWidget(m_feedbackButton, 0, Qt::AlignLeft);
    auto *actionBox = new QGroupBox(tr("My open actions"), this);
    auto *actionLayout = new QVBoxLayout(actionBox);
    actionLayout->addWidget(m_actionTable);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(feedbackBox);
    bottom->addWidget(actionBox);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<h2>My clients</h2>"), this);
    layout->addWidget(heading);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("contactPersonSplitter"));
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    layout->addWidget(vertical, 1);

    const auto markDirty = [this] {
        if (!m_filling)
            m_checklistDirty = true;
    };
    connect(m_clientAsked, &QCheckBox::toggled, this, markDirty);
    connect(m_wishes, &QPlainTextEdit::textChanged, this, markDirty);
    connect(m_notAskedReason, &QLineEdit::textChanged, this, markDirty);
    connect(m_relatives, &QComboBox::currentIndexChanged, this, markDirty);
    connect(m_relativesNote, &QLineEdit::textChanged, this, markDirty);
    connect(m_saveChecklist, &QPushButton::clicked, this, [this] {
        if (saveChecklist())
            refresh();
    });
    connect(m_clientTable, &QTableWidget::currentCellChanged, this,
        [this](int row, int, int previousRow) {
            if (row == previousRow)
                return;
            if (!saveChecklist()) {
                QSignalBlocker block(m_clientTable);
                m_clientTable->selectRow(previousRow);
                return;
            }
            showClient(row);
        });
    connect(m_addItem, &QPushButton::clicked, this, &ContactPersonView::addAgendaItem);
    connect(m_consentButton, &QPushButton::clicked, this, &ContactPersonView::registerConsent);
    connect(m_sipButton, &QPushButton::clicked, this, [this] {
        if (SipNeedDialog::markNeed(m_workspace, m_clientId, this))
            m_sipSummary->setText(sipSummary(m_clientId));
    });
    connect(m_feedbackButton, &QPushButton::clicked, this, &ContactPersonView::markFeedback);
    connect(m_feedbackTable, &QTableWidget::cellActivated, this, &ContactPersonView::markFeedback);
    refresh();
}

void ContactPersonView::refresh()
{
    saveChecklist();
    const qint64 me = m_workspace.actorId();
    const qint64 selected = m_clientId;
    m_clients.clear();
    for (qint64 id : m_workspace.care().clientsOfContactPerson(me)) {
        if (const auto client = m_workspace.clients().byId(id))
            m_clients << *client;
    }
    // The list shows each client's next meeting, checklist and consent.
    QList<qint64> listed;
    for (const Client &client : m_clients)
        listed << client.id;
    m_workspace.accessLogger().clientsRead(
        listed, AccessKind::ClientList, AccessPurpose::MyClients);
    QList<QStringList> rows;
    int selectedRow = m_clients.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_clients.size(); ++i) {
        const Client &client = m_clients.at(i);
        if (client.id == selected)
            selectedRow = i;
        const auto entries
            = m_workspace.care().comingAgendaEntries(client.id, QDateTime::currentDateTimeUtc());
        QString next = tr("Not on a coming agenda");
        QString checklist = QStringLiteral("–");
        if (!entries.isEmpty()) {
            if (const auto meeting = m_workspace.meetings().byId(entries.first().meetingId))
                next = meetingLabel(m_workspace, *meeting);
            const auto p = m_workspace.care().participation(entries.first().agendaItemId);
            checklist = p && p->isComplete() ? tr("Done") : tr("To do");
        }
        const auto consent
            = m_workspace.consents().latest(client.id, ConsentScope::OtherCareProviders);
        QString consentText = tr("Missing");
        if (consent)
            consentText = consent->allowsSharing(QDate::currentDate())
                ? tr("Valid until %1").arg(consent->validUntil.toString(Qt::ISODate))
                : (consent->decision == ConsentDecision::Refused
                        ? tr("Refused")
                        : tr("Expired %1").arg(consent->validUntil.toString(Qt::ISODate)));
        rows << QStringList {client.name, next, checklist, consentText};
    }
    fillCareTable(m_clientTable, rows);
    {
        QSignalBlocker block(m_clientTable);
        if (selectedRow >= 0)
            m_clientTable->setCurrentCell(selectedRow, 0);
    }
    showClient(selectedRow);

    QList<QStringList> feedbackRows;
    QList<qint64> feedbackIds;
    for (const FeedbackDue &due : feedbackDueFor(m_workspace, me)) {
        QString decided;
        if (const auto meeting = m_workspace.meetings().byId(due.action.meetingId))
            decided = meetingLabel(m_workspace, *meeting);
        feedbackRows << QStringList {due.client.name, due.action.what, decided};
        feedbackIds << due.action.id;
    }
    fillCareTable(m_feedbackTable, feedbackRows, feedbackIds);
    m_feedbackButton->setEnabled(!feedbackIds.isEmpty());

    QList<QStringList> actionRows;
    for (const Action &action : m_workspace.actions().byResponsible(me, ActionStatus::Open)) {
        const auto client = m_workspace.clients().byId(action.clientId);
        QString due = action.dueDate.isValid() ? action.dueDate.toString(Qt::ISODate) : QString();
        if (action.isOverdue(QDate::currentDate()))
            due = tr("%1 (overdue)").arg(due);
        actionRows << QStringList {action.what, client ? client->name : QString(), due};
    }
    fillCareTable(m_actionTable, actionRows);
}

void ContactPersonView::showClient(int row)
{
    const bool valid = row >= 0 && row < m_clients.size();
    m_clientId = valid ? m_clients.at(row).id : 0;
    m_agendaItemId = 0;
    m_addItem->setEnabled(valid);
    m_consentButton->setEnabled(valid);
    m_sipButton->setEnabled(valid);
    if (!valid) {
        m_nextMeeting->setText(tr("You are not contact person for any client yet."));
        m_consent->clear();
        m_sipSummary->clear();
        m_checklist->setEnabled(false);
        return;
    }
    m_workspace.accessLogger().clientRead(
        m_clientId, AccessKind::ClientRecord, AccessPurpose::MyClients);
    const auto entries
        = m_workspace.care().comingAgendaEntries(m_clientId, QDateTime::currentDateTimeUtc());
    if (entries.isEmpty()) {
        m_nextMeeting->setText(
            tr("%1 is not on the agenda of a coming meeting.").arg(m_clients.at(row).name));
    } else {
        m_agendaItemId = entries.first().agendaItemId;
        const auto meeting = m_workspace.meetings().byId(entries.first().meetingId);
        m_nextMeeting->setText(tr("Next meeting for %1: %2")
                                   .arg(m_clients.at(row).name,
                                       meeting ? meetingLabel(m_workspace, *meeting) : QString()));
    }
    m_checklist->setEnabled(m_agendaItemId != 0);
    fillChecklist();
    m_consent->setText(consentSummary(m_clientId));
    m_sipSummary->setText(sipSummary(m_clientId));
}

QString ContactPersonView::sipSummary(qint64 clientId) const
{
    // Open needs stay listed until the responsible person has called the SIP.
    QStringList lines;
    for (const SipNeed &need : m_workspace.sip().byClient(clientId)) {
        if (!need.isOpen())
            continue;
        QString line
            = tr("SIP to be called by %1").arg(personName(m_workspace, need.responsibleId));
        if (const auto meeting = m_workspace.meetings().byId(need.meetingId))
            line += tr(" (noted at %1)").arg(meetingLabel(m_workspace, *meeting));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void ContactPersonView::fillChecklist()
{
    m_filling = true;
    m_participation = Participation();
    m_participation.agendaItemId = m_agendaItemId;
    if (m_agendaItemId != 0) {
        if (const auto stored = m_workspace.care().participation(m_agendaItemId))
            m_participation = *stored;
    }
    m_clientAsked->setChecked(m_participation.clientAsked);
    m_wishes->setPlainText(m_participation.clientWishes);
    m_notAskedReason->setText(m_participation.notAskedReason);
    m_relatives->setCurrentIndex(
        m_relatives->findData(static_cast<int>(m_participation.relatives)));
    m_relativesNote->setText(m_participation.relativesNote);
    m_checklistDirty = false;
    m_filling = false;
}

bool ContactPersonView::saveChecklist()
{
    if (!m_checklistDirty || m_agendaItemId == 0)
        return true;
    Participation p = m_participation;
    p.clientAsked = m_clientAsked->isChecked();
    p.clientWishes = m_wishes->toPlainText();
    p.notAskedReason = m_notAskedReason->text();
    p.relatives = static_cast<RelativesAsked>(m_relatives->currentData().toInt());
    p.relativesNote = m_relativesNote->text();
    try {
        p.version = m_workspace.care().saveParticipation(p, m_workspace.actorId());
    } catch (const StorageError &error) {
        MessageBox::error(this, tr("The checklist was not saved"), error.userMessage());
        return false;
    }
    m_participation = p;
    m_checklistDirty = false;
    return true;
}

QString ContactPersonView::consentSummary(qint64 clientId) const
{
    QStringList lines;
    const QDate today = QDate::currentDate();
    for (ConsentScope scope : allConsentScopes()) {
        const auto consent = m_workspace.consents().latest(clientId, scope);
        QString state = tr("not registered");
        if (consent) {
            state = consentDecisionLabel(consent->decision);
            if (!consent->limitation.isEmpty())
                state += QStringLiteral(" (%1)").arg(consent->limitation);
            state += consent->isExpired(today)
                ? tr(", expired %1").arg(consent->validUntil.toString(Qt::ISODate))
                : tr(", valid until %1").arg(consent->validUntil.toString(Qt::ISODate));
        }
        lines << QStringLiteral("<b>%1:</b> %2")
                     .arg(consentScopeLabel(scope).toHtmlEscaped(), state.toHtmlEscaped());
    }
    return QStringLiteral("<b>%1</b><br>").arg(tr("Consent")) + lines.join(QStringLiteral("<br>"));
}

void ContactPersonView::addAgendaItem()
{
    const auto client = m_workspace.clients().byId(m_clientId);
    if (!client)
        return;
    AddAgendaItemDialog dialog(m_workspace, *client, this);
    if (!dialog.hasMeetings()) {
        MessageBox::information(this, tr("No coming meeting"),
            tr("The client's unit has no planned meeting in the coming eight "
               "weeks. Ask the chair to schedule one."));
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ContactPersonView::registerConsent()
{
    ConsentDialog dialog(m_workspace, m_clientId, ConsentScope::OtherCareProviders, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ContactPersonView::markFeedback()
{
    const int row = m_feedbackTable->currentRow();
    if (row < 0)
        return;
    const qint64 actionId = m_feedbackTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    FeedbackDialog dialog(m_workspace, actionId, m_feedbackTable->item(row, 1)->text(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ContactPersonView::showEvent(QShowEvent *event)
{
    // Other pages change meetings and actions: show the current state.
    if (!event->spontaneous())
        refresh();
    QWidget::showEvent(event);
}

void ContactPersonView::hideEvent(QHideEvent *event)
{
    // Leaving the page or closing the window keeps what was typed.
    saveChecklist();
    QWidget::hideEvent(event);
}

} // namespace tf
