#include "ui/chair/AgendaPanel.h"
#include "ui/common/FlowLayout.h"

#include "domain/StorageError.h"
#include "models/PersonChoiceModel.h"
#include "services/ActionList.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/chair/ChairMeetings.h"
#include "services/chair/CoordinatedUnits.h"
#include "services/quality/Deviations.h"
#include "services/scheduling/AgendaBuilder.h"
#include "ui/chair/CoordinatedUnitsDialog.h"
#include "ui/chair/RiskIndividualsDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/LiveRefresh.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PersonChooser.h"
#include "ui/common/WhenRead.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tf {

namespace {
enum Column { TitleColumn, ClientColumn, RaisedByColumn, BodyColumn };

QPushButton *button(QWidget *parent, const QString &text, const char *name,
    const QString &accessible, const QString &tip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(accessible);
    b->setToolTip(tip);
    return b;
}
} // namespace

AgendaPanel::AgendaPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, 4, this))
    , m_title(new QLineEdit(this))
    , m_body(new QLineEdit(this))
    , m_client(new QComboBox(this))
    , m_raisedBy(new QComboBox(this))
    , m_raiserChoices(new PersonChoiceModel(tr("Not stated"), PersonChoiceModel::Label::Name, this))
    // Enter in the title adds the item, so the button needs no Alt+letter
    // of its own (the calendar's Idag has I).
    , m_add(button(this, tr("Add item"), "addAgendaItemButton", tr("Add item"),
          tr("Add the item to the agenda (Enter in the title)")))
    , m_remove(button(this, tr("Remove"), "removeAgendaItemButton", tr("Remove item"),
          tr("Remove the selected item (Delete)")))
    , m_up(button(this, tr("Up"), "moveAgendaItemUpButton", tr("Move item up"),
          tr("Move the selected item up (Alt+Up)")))
    , m_down(button(this, tr("Down"), "moveAgendaItemDownButton", tr("Move item down"),
          tr("Move the selected item down (Alt+Down)")))
    , m_build(button(this, tr("&Build agenda"), "buildAgendaButton", tr("Build agenda"),
          tr("Fixed items, the rotation's clients, clients agreed last time and due follow-ups "
             "(Ctrl+B)")))
    , m_clients(button(this, tr("C&lients…"), "chooseClientsButton", tr("Choose clients"),
          tr("Override the rotation: choose the clients of this meeting")))
    // Shown at a kvalitetsmöte only; no Alt+letter, the chair's view has
    // used them all.
    , m_deviations(
          button(this, tr("Take up deviations"), "takeUpDeviationsButton", tr("Take up deviations"),
              tr("One item per category of the unit's deviations in the three months before the "
                 "meeting, with the previous period's counts")))
    // Shown at a samordningsmöte only; no Alt+letter either.
    , m_riskIndividuals(
          button(this, tr("Risk individuals…"), "riskIndividualsButton", tr("Risk individuals"),
              tr("Clients whose latest Senior Alert assessment shows risk, or who came home from "
                 "hospital lately: choose who this samordningsmöte takes up")))
    // Also at a samordningsmöte only, and without an Alt+letter.
    , m_coordinatedUnits(
          button(this, tr("Coordinated units…"), "coordinatedUnitsButton", tr("Coordinated units"),
              tr("The units of the area whose shared clients the unit's samordningsmöte takes up")))
    , m_status(new QLabel(this))
    , m_removeKey(new QShortcut(QKeySequence::Delete, m_table))
    , m_editTriggers(m_table->editTriggers())
{
    // The main buttons' icons (ui/common/Icons.h).
    m_add->setIcon(themedIcon(QStringLiteral("list-add")));
    setObjectName(QStringLiteral("agendaPanel"));
    m_table->setObjectName(QStringLiteral("agendaTableWidget"));
    m_table->setAccessibleName(tr("Agenda"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Client"), tr("Raised by"), tr("Text")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(BodyColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("agendaTitleLineEdit"));
    m_title->setAccessibleName(tr("New item"));
    setWholePlaceholder(m_title, tr("Title of a new item"));
    m_body->setObjectName(QStringLiteral("agendaBodyLineEdit"));
    m_body->setAccessibleName(tr("Short text"));
    m_client->setObjectName(QStringLiteral("agendaClientComboBox"));
    m_client->setAccessibleName(tr("Client concerned"));
    m_raisedBy->setObjectName(QStringLiteral("agendaRaisedByComboBox"));
    m_raisedBy->setAccessibleName(tr("Raised by"));
    offerPeople(m_raisedBy, m_raiserChoices);
    m_raisedBy->installEventFilter(this);
    // Delete removes an item only while the agenda itself has focus, never
    // while text is edited.
    m_removeKey->setContext(Qt::WidgetShortcut);
    m_removeKey->setWhatsThis(tr("Remove the selected agenda item"));
    connect(m_removeKey, &QShortcut::activated, this, &AgendaPanel::removeItem);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_build->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_status->setObjectName(QStringLiteral("agendaStatusLabel"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    auto add = [&](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    add(tr("&New item:"), m_title);
    add(tr("Sh&ort text:"), m_body);
    add(tr("Clien&t:"), m_client);
    add(tr("&Raised by:"), m_raisedBy);
    auto *actions = new FlowLayout; // wraps in a narrow window instead of cutting
    for (auto *b : {m_build, m_clients, m_deviations, m_riskIndividuals, m_coordinatedUnits, m_up,
             m_down, m_remove})
        actions->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_add, 0, Qt::AlignRight);

    connect(m_add, &QPushButton::clicked, this, &AgendaPanel::addItem);
    connect(m_title, &QLineEdit::returnPressed, this, &AgendaPanel::addItem);
    connect(m_body, &QLineEdit::returnPressed, this, &AgendaPanel::addItem);
    connect(m_remove, &QPushButton::clicked, this, &AgendaPanel::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(m_build, &QPushButton::clicked, this, &AgendaPanel::buildAgenda);
    connect(m_clients, &QPushButton::clicked, this, &AgendaPanel::chooseClients);
    connect(m_deviations, &QPushButton::clicked, this, &AgendaPanel::takeUpDeviations);
    connect(m_riskIndividuals, &QPushButton::clicked, this, [this] {
        RiskIndividualsDialog dialog(m_workspace, m_meetingId, this);
        dialog.exec();
        if (dialog.added()) {
            reload();
            Q_EMIT changed();
        }
    });
    connect(m_coordinatedUnits, &QPushButton::clicked, this, [this] {
        CoordinatedUnitsDialog dialog(m_workspace, m_unitId, this);
        if (dialog.exec() == QDialog::Accepted)
            setMeeting(m_meetingId); // the clients to choose from follow the units
    });
    connect(m_table, &QTableWidget::cellChanged, this, &AgendaPanel::saveCell);
    setMeeting(0);
}

bool AgendaPanel::run(const std::function<void()> &change)
{
    return runGuarded(this, tr("The agenda was not saved"), change);
}

AgendaPanel::Shown AgendaPanel::shownOf(const ChairPanelRead &read)
{
    Shown shown;
    shown.meeting = read.meeting;
    shown.locked = read.meeting && read.locked;
    shown.forum = read.forum;
    shown.clients = read.clients;
    shown.raisers = read.raisers;
    shown.items = read.items;
    return shown;
}

void AgendaPanel::setMeeting(qint64 meetingId)
{
    ChairPanelParts parts;
    parts.header = false;
    parts.participants = false;
    showRead(shownOf(readChairPanel(m_workspace, meetingId, QDate(), parts)));
}

void AgendaPanel::showRead(const Shown &shown)
{
    const std::optional<Meeting> &meeting = shown.meeting;
    m_meetingId = meeting ? meeting->id : 0;
    m_unitId = meeting ? meeting->unitId : 0;
    m_locked = shown.locked;
    const bool editable = meeting && !m_locked;
    m_table->setEnabled(meeting.has_value());
    m_table->setEditTriggers(editable ? m_editTriggers : QAbstractItemView::NoEditTriggers);
    m_removeKey->setEnabled(editable);
    for (QWidget *w : std::initializer_list<QWidget *> {m_title, m_body, m_client, m_raisedBy,
             m_add, m_remove, m_up, m_down, m_build, m_clients, m_deviations, m_riskIndividuals})
        w->setEnabled(editable);
    m_day = meeting ? stockholmDate(meeting->startUtc) : QDate();
    const bool samordning = shown.forum == QLatin1String("samordningsmote");
    m_deviations->setVisible(shown.forum == QLatin1String("kvalitetsmote"));
    m_riskIndividuals->setVisible(samordning);
    m_coordinatedUnits->setVisible(samordning);
    m_coordinatedUnits->setEnabled(meeting.has_value()); // the unit's, not the meeting's
    m_client->clear();
    m_client->addItem(tr("No client"), 0);
    for (const Client &client : shown.clients)
        m_client->addItem(client.apartment.isEmpty()
                ? client.name
                : tr("%1, apt. %2").arg(client.name, client.apartment),
            client.id);
    m_raisers = shown.raisers;
    if (m_staffDay != m_day) { // another day's staff: read again when chosen
        m_staffDay = QDate();
        m_staff.reset();
    }
    fillRaisers();
    if (meeting)
        m_raisedBy->setCurrentIndex(std::max(0, m_raiserChoices->rowOf(m_workspace.actorId())));
    showItems(shown.items);
}

void AgendaPanel::fillRaisers()
{
    const qint64 chosen = m_raiserChoices->personIdAt(m_raisedBy->currentIndex());
    m_raiserChoices->setPeople(raiserChoices());
    m_raisedBy->setCurrentIndex(std::max(0, m_raiserChoices->rowOf(chosen)));
}

QList<Person> AgendaPanel::raiserChoices() const
{
    // Someone who raised an item and has left since is still named.
    return m_staff ? staffWithChosen(*m_staff, m_raisers) : m_raisers;
}

void AgendaPanel::offerStaff()
{
    if (m_meetingId <= 0 || m_staffDay == m_day)
        return;
    m_staffDay = m_day;
    const QDate day = m_day;
    const QFuture<QList<Person>> read = m_workspace.readsBeside().read<QList<Person>>(
        [day](Workspace &workspace) { return readStaffOfDay(workspace, day); });
    whenRead(read, this, [this, day](const QFuture<QList<Person>> &done) {
        if (day != m_staffDay)
            return; // another meeting's day was chosen meanwhile
        try {
            m_staff = done.result();
        } catch (const StorageError &error) {
            m_staffDay = QDate(); // asked again when the chooser next has focus
            m_status->setText(error.userMessage());
            return;
        }
        fillRaisers();
    });
}

bool AgendaPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_raisedBy && event->type() == QEvent::FocusIn)
        offerStaff();
    return QWidget::eventFilter(watched, event);
}

void AgendaPanel::reload()
{
    showItems(m_meetingId > 0 ? m_workspace.agenda().items(m_meetingId) : QList<AgendaItem>());
}

void AgendaPanel::showItems(const QList<AgendaItem> &items)
{
    m_loading = true;
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const AgendaItem &item = items.at(row);
        auto *title = new QTableWidgetItem(item.title);
        title->setData(Qt::UserRole, item.id);
        m_table->setItem(row, TitleColumn, title);
        const int client = m_client->findData(item.clientId);
        auto *clientCell = new QTableWidgetItem(
            item.clientId > 0 && client >= 0 ? m_client->itemText(client) : QString());
        clientCell->setFlags(clientCell->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, ClientColumn, clientCell);
        const int raised = m_raiserChoices->rowOf(item.raisedById);
        auto *raisedCell = new QTableWidgetItem(
            item.raisedById > 0 && raised >= 0 ? m_raisedBy->itemText(raised) : QString());
        raisedCell->setFlags(raisedCell->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, RaisedByColumn, raisedCell);
        m_table->setItem(row, BodyColumn, new QTableWidgetItem(item.body));
    }
    m_table->resizeRowsToContents();
    m_loading = false;
    if (m_locked)
        m_status->setText(tr("The minutes of this meeting are approved and locked: the agenda "
                             "can no longer be changed."));
    else if (m_meetingId > 0 && items.isEmpty())
        m_status->setText(
            tr("The agenda is empty. Build it from the forum's fixed agenda (Ctrl+B)."));
    else if (m_meetingId == 0)
        m_status->setText(tr("Choose a meeting to see its agenda."));
    else
        m_status->clear();
}

void AgendaPanel::showOthersChanges()
{
    if (ChairMeetings(m_workspace).isLocked(m_meetingId) != m_locked) {
        // Approved elsewhere: everything turns read-only (or back).
        setMeeting(m_meetingId);
        return;
    }
    const KeepPlace keepPlace(m_table, Qt::UserRole); // the title holds the item's id
    reload();
}

bool AgendaPanel::isEditing() const
{
    // A cell's editor is the only widget the table puts on its viewport.
    const auto editors
        = m_table->viewport()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    return std::any_of(
        editors.begin(), editors.end(), [](const QWidget *editor) { return editor->isVisible(); });
}

void AgendaPanel::buildAgenda()
{
    AgendaBuilder::Result result;
    if (!run([&] { result = AgendaBuilder(m_workspace).build(m_meetingId); }))
        return;
    reload();
    QString status = tr("%n new item(s). Clients from the rotation: %1; agreed last time: %2; "
                        "follow-ups due: %3.",
        nullptr, result.added)
                         .arg(result.rotationClients.size())
                         .arg(result.agreedClients.size())
                         .arg(result.followUpActions.size());
    for (const auto &[clientId, reason] : std::as_const(result.refusedClients)) {
        const int index = m_client->findData(clientId);
        status += QLatin1Char('\n')
            + tr("Not on the agenda: %1. %2")
                  .arg(index >= 0 ? m_client->itemText(index) : QString(), reason);
    }
    m_status->setText(status);
    Q_EMIT changed();
}

void AgendaPanel::takeUpDeviations()
{
    const QDate monthStart(m_day.year(), m_day.month(), 1);
    const QDate from = monthStart.addMonths(-3);
    const QDate to = monthStart.addDays(-1);
    int added = 0;
    if (!run([&] { added = tf::takeUpDeviations(m_workspace, m_meetingId, from, to); }))
        return;
    reload();
    m_status->setText(tr("Deviations %1 – %2: %n new item(s).", nullptr, added)
                          .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    Q_EMIT changed();
}

void AgendaPanel::addItem()
{
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        MessageBox::error(
            this, tr("The item has no title"), tr("Write a title for the new item first."));
        m_title->setFocus();
        return;
    }
    AgendaItem item;
    item.meetingId = m_meetingId;
    item.title = title;
    item.body = m_body->text().trimmed();
    item.clientId = m_client->currentData().toLongLong();
    item.raisedById = m_raiserChoices->personIdAt(m_raisedBy->currentIndex());
    if (!run([&] { m_workspace.agenda().add(item); }))
        return; // what was typed stays in the fields
    m_title->clear();
    m_body->clear();
    m_client->setCurrentIndex(0);
    reload();
    m_title->setFocus();
    Q_EMIT changed();
}

void AgendaPanel::removeItem()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, TitleColumn)->data(Qt::UserRole).toLongLong();
    if (!run([&] { m_workspace.agenda().remove(id); }))
        return;
    reload();
    m_table->selectRow(std::min(row, m_table->rowCount() - 1));
    Q_EMIT changed();
}

void AgendaPanel::moveItem(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const qint64 id = m_table->item(row, TitleColumn)->data(Qt::UserRole).toLongLong();
    const bool ok = run([&] { m_workspace.agenda().move(id, delta); });
    reload();
    if (ok)
        m_table->selectRow(target);
}

void AgendaPanel::saveCell(int row, int column)
{
    if (m_loading || (column != TitleColumn && column != BodyColumn))
        return;
    const qint64 id = m_table->item(row, TitleColumn)->data(Qt::UserRole).toLongLong();
    for (AgendaItem item : m_workspace.agenda().items(m_meetingId)) {
        if (item.id != id)
            continue;
        const QString title = m_table->item(row, TitleColumn)->text().trimmed();
        if (title.isEmpty()) {
            MessageBox::error(
                this, tr("The item has no title"), tr("An agenda item must have a title."));
            reload();
            return;
        }
        item.title = title;
        item.body
            = m_table->item(row, BodyColumn) ? m_table->item(row, BodyColumn)->text() : QString();
        run([&] { m_workspace.agenda().update(item); });
        Q_EMIT changed();
        return;
    }
}

void AgendaPanel::chooseClients()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("rotationDialog"));
    dialog.setWindowTitle(tr("Clients of this meeting"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("rotationClientListWidget"));
    list->setAccessibleName(tr("Clients of this meeting"));
    const QList<qint64> picked = ChairMeetings(m_workspace).rotationClients(m_meetingId);
    const auto meeting = ChairMeetings(m_workspace).meeting(m_meetingId);
    const QDate day = meeting ? stockholmDate(meeting->startUtc) : QDate();
    for (const Client &client :
        CoordinatedUnits(m_workspace).currentClientsForMeeting(m_meetingId, day)) {
        auto *item = new QListWidgetItem(client.apartment.isEmpty()
                ? client.name
                : tr("%1, apt. %2").arg(client.name, client.apartment),
            list);
        item->setData(Qt::UserRole, client.id);
        item->setCheckState(picked.contains(client.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use these clients"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Use these clients"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("The rotation proposes; the chair decides. Space ticks a client."), &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> chosen;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    if (run([&] { AgendaBuilder(m_workspace).overrideRotation(m_meetingId, chosen); })) {
        reload();
        Q_EMIT changed();
    }
}

} // namespace tf
