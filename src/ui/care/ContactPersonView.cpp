#include "ui/care/ContactPersonView.h"

#include "models/MyClientsModel.h"
#include "services/AccessLogger.h"
#include "services/Directory.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/care/CareMeetings.h"
#include "services/care/CareReads.h"
#include "services/care/MyClients.h"
#include "ui/care/AddAgendaItemDialog.h"
#include "ui/care/CarePlanDialog.h"
#include "ui/care/CareTable.h"
#include "ui/care/CareText.h"
#include "ui/care/ClientCareSummary.h"
#include "ui/care/ConsentDialog.h"
#include "ui/care/ContactAfterMeetingPanel.h"
#include "ui/care/HospitalStayDialog.h"
#include "ui/care/ParticipationChecklist.h"
#include "ui/care/SipNeedDialog.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/Guarded.h"
#include "ui/common/LiveRefresh.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WhenRead.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tf {

ContactPersonView::ContactPersonView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_clientModel(new MyClientsModel(this))
    , m_clientTable(
          createCareTableView(this, "myClientsTableWidget", tr("My clients"), m_clientModel))
    , m_nextMeeting(new QLabel(this))
    , m_checklist(new ParticipationChecklist(workspace, this))
    , m_addItem(new QPushButton(tr("Add item for the client…"), this))
    , m_consentButton(new QPushButton(tr("Register consent…"), this))
    , m_sipButton(new QPushButton(tr("Need for S&IP…"), this))
    , m_carePlanButton(new QPushButton(tr("Genomförandeplan…"), this))
    , m_hospitalButton(new QPushButton(tr("In hospital…"), this))
    , m_consent(new QLabel(this))
    , m_sipSummary(new QLabel(this))
    , m_remarks(new QLabel(this))
    , m_carePlan(new QLabel(this))
    , m_afterMeeting(new ContactAfterMeetingPanel(workspace, this))
{
    setObjectName(QStringLiteral("contactPersonView"));
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
    m_carePlanButton->setObjectName(QStringLiteral("carePlanButton"));
    m_carePlanButton->setAccessibleName(tr("Genomförandeplan"));
    m_carePlanButton->setToolTip(tr("Record the planeringssamtal, the written plan, a follow-up "
                                    "or the levnadsberättelse"));
    m_hospitalButton->setObjectName(QStringLiteral("hospitalStayButton"));
    m_hospitalButton->setAccessibleName(tr("In hospital"));
    m_hospitalButton->setToolTip(tr("Record that the client was in hospital: from when, the day "
                                    "home and the hospital or ward"));
    m_carePlan->setObjectName(QStringLiteral("carePlanLabel"));
    m_carePlan->setWordWrap(true);
    m_carePlan->setTextFormat(Qt::PlainText);
    m_consent->setObjectName(QStringLiteral("consentSummaryLabel"));
    m_sipSummary->setObjectName(QStringLiteral("sipSummaryLabel"));
    m_sipSummary->setWordWrap(true);
    m_sipSummary->setTextFormat(Qt::PlainText);
    // The client's objections and the corrections of notes about them.
    m_remarks->setObjectName(QStringLiteral("clientRemarksLabel"));
    m_remarks->setWordWrap(true);
    m_remarks->setTextFormat(Qt::PlainText);
    m_remarks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_consent->setWordWrap(true);
    m_nextMeeting->setObjectName(QStringLiteral("nextMeetingLabel"));
    m_nextMeeting->setWordWrap(true);
    m_consent->setTextFormat(Qt::RichText);

    auto *details = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->addWidget(m_nextMeeting);
    detailLayout->addWidget(m_checklist);
    auto *buttons = new FlowLayout; // wraps in a narrow window instead of scrolling
    buttons->addWidget(m_addItem);
    buttons->addWidget(m_consentButton);
    buttons->addWidget(m_sipButton);
    buttons->addWidget(m_carePlanButton);
    buttons->addWidget(m_hospitalButton);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_carePlan);
    detailLayout->addWidget(m_consent);
    detailLayout->addWidget(m_sipSummary);
    detailLayout->addWidget(m_remarks);
    detailLayout->addStretch(1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_clientTable);
    top->addWidget(details);
    top->setSizes({620, 520});

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<h2>My clients</h2>"), this);
    layout->addWidget(heading);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("contactPersonSplitter"));
    vertical->addWidget(top);
    vertical->addWidget(m_afterMeeting);
    layout->addWidget(vertical, 1);

    connect(
        m_checklist, &ParticipationChecklist::savedOnRequest, this, &ContactPersonView::refresh);
    connect(m_clientTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current, const QModelIndex &previous) {
            currentRowChanged(current.row(), previous.row());
        });
    connect(m_addItem, &QPushButton::clicked, this, &ContactPersonView::addAgendaItem);
    connect(m_consentButton, &QPushButton::clicked, this, &ContactPersonView::registerConsent);
    connect(m_sipButton, &QPushButton::clicked, this, [this] {
        if (SipNeedDialog::markNeed(m_workspace, m_clientId, this))
            m_sipSummary->setText(ClientCareSummary::openSipNeeds(m_workspace, m_clientId));
    });
    connect(m_carePlanButton, &QPushButton::clicked, this, [this] {
        const MyClientStatus *status = m_clientModel->clientAt(m_clientTable->currentIndex().row());
        if (!status)
            return;
        CarePlanDialog dialog(m_workspace, status->client.id, status->client.name, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    connect(m_hospitalButton, &QPushButton::clicked, this, [this] {
        const MyClientStatus *status = m_clientModel->clientAt(m_clientTable->currentIndex().row());
        if (!status)
            return;
        HospitalStayDialog dialog(m_workspace, status->client, AccessPurpose::MyClients, this);
        dialog.exec();
    });
    connect(m_afterMeeting, &ContactAfterMeetingPanel::feedbackMarked, this,
        &ContactPersonView::refresh);
    new LiveRefresh(workspace, this,
        {QStringLiteral("client"), QStringLiteral("meeting"), QStringLiteral("agenda_item"),
            QStringLiteral("participation"), QStringLiteral("consent"), QStringLiteral("sip_need"),
            QStringLiteral("team_action"), QStringLiteral("client_feedback"),
            QStringLiteral("minutes_closing"), QStringLiteral("person"),
            QStringLiteral("objection"), QStringLiteral("care_plan_event"),
            QStringLiteral("care_plan_setting"), QStringLiteral("client_admission"),
            QStringLiteral("journal_entry_done")},
        [this] { showOthersChanges(); });
    refresh();
}

// What the page shows of its chosen client, read together.
struct ContactPersonView::ClientRead
{
    qint64 clientId = 0;
    std::optional<AgendaPlace> place; // the coming meeting the client is on
    QString placeMeeting;
    std::optional<Participation> checklist; // of that agenda item
    QString consentsHtml;
    QString sipNeeds;
    QString remarks;
};

// The whole page, read together.
struct ContactPersonView::PageRead
{
    QList<MyClientStatus> statuses;
    std::optional<ClientRead> client; // the chosen one, or the first
    ContactAfterMeetingPanel::Rows afterMeeting;
};

void ContactPersonView::showOthersChanges()
{
    readPage(true);
}

void ContactPersonView::refresh()
{
    saveChecklist();
    readPage(false);
}

void ContactPersonView::readPage(bool othersChanges)
{
    const int asked = ++m_asked;
    ++m_reading;
    const qint64 preferred = m_clientId;
    QFuture<PageRead> read
        = m_workspace.readsBeside().read<PageRead>([preferred](Workspace &workspace) {
              // The page's reads of clients are logged in one write.
              AccessLogger::Together oneLogWrite(workspace.accessLogger());
              PageRead page;
              page.statuses = readMyClientStatuses(workspace, QDateTime::currentDateTimeUtc());
              const MyClientStatus *chosen
                  = page.statuses.isEmpty() ? nullptr : &page.statuses.first();
              for (const MyClientStatus &status : std::as_const(page.statuses))
                  if (status.client.id == preferred)
                      chosen = &status;
              if (chosen)
                  page.client = readClient(workspace, chosen->client.id, chosen);
              page.afterMeeting = ContactAfterMeetingPanel::read(workspace);
              return page;
          });
    whenRead(read, this, [this, asked, othersChanges](const QFuture<PageRead> &done) {
        --m_reading;
        PageRead page;
        if (runGuarded(this, tr("My clients"), [&] { page = done.result(); }))
            showPage(asked, page, othersChanges);
    });
}

void ContactPersonView::showPage(int asked, const PageRead &page, bool othersChanges)
{
    // The checklist stays as it is while the user is in it or has typed in
    // it: a save then meets the other's version as a conflict, never a loss.
    const QWidget *focus = QApplication::focusWidget();
    const bool keepChecklist = othersChanges
        && (m_checklist->hasUnsavedChanges() || (focus && m_checklist->isAncestorOf(focus)));
    // A client the user chose after this read was asked for stays chosen.
    const bool clientIsNewest = asked > m_clientShown;
    if (asked > m_listShown) {
        m_listShown = asked;
        const QScopedValueRollback<bool> setting(m_settingRow, true);
        const qint64 chosen = clientIsNewest && page.client ? page.client->clientId : m_clientId;
        // Another's change keeps the user's place; a refresh shows the chosen.
        std::optional<KeepPlace> keepPlace;
        if (othersChanges)
            keepPlace.emplace(m_clientTable);
        m_clientModel->setClients(page.statuses, QDate::currentDate());
        const int row = m_clientModel->rowOf(chosen);
        if (!othersChanges && row >= 0)
            m_clientTable->setCurrentIndex(m_clientModel->index(row, 0));
    }
    // A client gone from the list is not cleared away while the user types
    // in their checklist.
    if (clientIsNewest && (page.client || !keepChecklist)) {
        m_clientShown = asked;
        showClient(page.client, !keepChecklist);
    }
    m_afterMeeting->showRows(page.afterMeeting);
}

bool ContactPersonView::saveChecklist()
{
    return m_checklist->save();
}

bool ContactPersonView::hasUnsavedChanges() const
{
    return m_checklist->hasUnsavedChanges();
}

void ContactPersonView::currentRowChanged(int row, int previousRow)
{
    if (m_settingRow || row == previousRow)
        return;
    if (!saveChecklist()) {
        const QScopedValueRollback<bool> setting(m_settingRow, true);
        m_clientTable->selectRow(previousRow);
        return;
    }
    readClientAt(row);
}

void ContactPersonView::readClientAt(int row)
{
    const MyClientStatus *status = m_clientModel->clientAt(row);
    if (!status) {
        m_clientShown = ++m_asked;
        showClient(std::nullopt, true);
        return;
    }
    const int asked = ++m_asked;
    ++m_reading;
    const qint64 clientId = status->client.id;
    m_clientId = clientId; // the buttons act for the client chosen
    QFuture<ClientRead> read
        = m_workspace.readsBeside().read<ClientRead>([clientId](Workspace &workspace) {
              AccessLogger::Together oneLogWrite(workspace.accessLogger());
              return readClient(workspace, clientId);
          });
    whenRead(read, this, [this, asked](const QFuture<ClientRead> &done) {
        --m_reading;
        if (asked <= m_clientShown)
            return; // another client was chosen since
        ClientRead client;
        if (!runGuarded(this, tr("My clients"), [&] { client = done.result(); }))
            return;
        m_clientShown = asked;
        showClient(client, true);
    });
}

ContactPersonView::ClientRead ContactPersonView::readClient(
    Workspace &workspace, qint64 clientId, const MyClientStatus *listed)
{
    ClientRead client;
    client.clientId = clientId;
    const ClientRecordRead record = readClientRecord(workspace, clientId);
    if (listed) {
        if (listed->nextMeeting) {
            client.place = AgendaPlace {*listed->nextMeeting, listed->nextAgendaItemId};
            client.placeMeeting = meetingLabel(*listed->nextMeeting, listed->nextMeetingForum);
            client.checklist = listed->checklist;
        }
    } else {
        // A client chosen in the list: their checklist as stored now, the
        // list may be older than a save made since.
        client.place = nextAgendaPlace(workspace, clientId, QDateTime::currentDateTimeUtc());
        if (client.place) {
            client.placeMeeting = meetingLabel(workspace, client.place->meeting);
            client.checklist = ParticipationChecklist::read(workspace, client.place->agendaItemId);
        }
    }
    client.consentsHtml = ClientCareSummary::consentsHtml(record.consents);
    client.sipNeeds = ClientCareSummary::openSipNeeds(workspace, record.sipNeeds);
    client.remarks = ClientCareSummary::remarks(workspace, record.objections, record.corrections);
    return client;
}

void ContactPersonView::showClient(const std::optional<ClientRead> &client, bool reloadChecklist)
{
    const MyClientStatus *status
        = client ? m_clientModel->clientAt(m_clientModel->rowOf(client->clientId)) : nullptr;
    const bool valid = status != nullptr;
    m_clientId = valid ? status->client.id : 0;
    m_addItem->setEnabled(valid);
    m_consentButton->setEnabled(valid);
    m_sipButton->setEnabled(valid);
    m_carePlanButton->setEnabled(valid);
    m_hospitalButton->setEnabled(valid);
    if (!valid) {
        m_nextMeeting->setText(tr("You are not contact person for any client yet."));
        m_consent->clear();
        m_sipSummary->clear();
        m_remarks->clear();
        m_remarks->hide();
        m_carePlan->clear();
        m_checklist->unbind();
        return;
    }
    const QString name = status->client.name;
    if (!client->place)
        m_nextMeeting->setText(tr("%1 is not on the agenda of a coming meeting.").arg(name));
    else
        m_nextMeeting->setText(tr("Next meeting for %1: %2").arg(name, client->placeMeeting));
    if (reloadChecklist)
        m_checklist->show(client->place ? client->place->agendaItemId : 0, client->checklist);
    m_carePlan->setText(tr("Genomförandeplan: %1. Levnadsberättelse: %2.")
                            .arg(carePlanSummary(status->carePlan),
                                status->carePlan.lifeStoryDone ? tr("done") : tr("not done")));
    m_consent->setText(client->consentsHtml);
    m_sipSummary->setText(client->sipNeeds);
    const QString remarks = client->remarks;
    m_remarks->setText(remarks.isEmpty()
            ? QString()
            : tr("Objections and corrections:") + QLatin1Char('\n') + remarks);
    m_remarks->setToolTip(m_remarks->text());
    m_remarks->setVisible(!remarks.isEmpty());
}

void ContactPersonView::addAgendaItem()
{
    const auto client = Directory(m_workspace).client(m_clientId);
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
