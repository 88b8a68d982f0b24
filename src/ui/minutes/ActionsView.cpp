#include "ui/minutes/ActionsView.h"

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ChangeFeed.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tf {

ActionsView::ActionsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_markDone(new QPushButton(tr("Mark as &done  (Ctrl+D)"), this))
    , m_reload(new QTimer(this))
{
    setObjectName(QStringLiteral("actionsView"));
    m_unit->setObjectName(QStringLiteral("actionsUnitComboBox"));
    m_unit->setAccessibleName(tr("Unit"));
    m_person->setObjectName(QStringLiteral("actionsPersonComboBox"));
    m_person->setAccessibleName(tr("Responsible"));
    m_filter->setObjectName(QStringLiteral("actionsFilterComboBox"));
    m_filter->setAccessibleName(tr("Show"));
    const QList<std::pair<ActionFilter, QString>> filters = {
        {ActionFilter::Open, tr("Open")},
        {ActionFilter::Due, tr("Due within a week")},
        {ActionFilter::Overdue, tr("Overdue")},
        {ActionFilter::Done, tr("Done")},
        {ActionFilter::All, tr("All")},
    };
    for (const auto &[filter, text] : filters)
        m_filter->addItem(text, actionFilterKey(filter));
    m_table->setObjectName(QStringLiteral("actionsTableWidget"));
    m_table->setAccessibleName(tr("Actions"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Action"), tr("Responsible"), tr("Due"), tr("Decided"), tr("Follow-up"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_markDone->setObjectName(QStringLiteral("markActionDoneButton"));
    m_markDone->setAccessibleName(tr("Mark as done"));
    auto *markDone = new QAction(this);
    markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    markDone->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(markDone);
    connect(markDone, &QAction::triggered, this, &ActionsView::markSelectedDone);
    m_markDone->setToolTip(tr("Ctrl+D"));

    auto *row = new QHBoxLayout;
    for (auto [label, box] : {std::pair {tr("U&nit"), m_unit}, std::pair {tr("&Person"), m_person},
             std::pair {tr("&Show"), m_filter}}) {
        auto *l = new QLabel(label, this);
        l->setBuddy(box);
        row->addWidget(l);
        row->addWidget(box, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_markDone, 0, Qt::AlignLeft);
    fillChoices();
    for (QComboBox *box : {m_unit, m_person, m_filter})
        connect(box, &QComboBox::currentIndexChanged, this, &ActionsView::refresh);
    connect(m_markDone, &QPushButton::clicked, this, &ActionsView::markSelectedDone);
    m_reload->setSingleShot(true);
    m_reload->setInterval(100);
    connect(m_reload, &QTimer::timeout, this, &ActionsView::refresh);
    connect(&m_workspace.changes(), &ChangeFeed::changed, this,
        [this](const QString &table) { onStoreChanged(table); });
}

void ActionsView::onStoreChanged(const QString &table)
{
    // A hidden list is read afresh when shown (showEvent).
    static const QStringList shown = {QStringLiteral("team_action"), QStringLiteral("meeting")};
    // Not restarted by each signal: a steady stream still shows.
    if (isVisible() && (table.isEmpty() || shown.contains(table)) && !m_reload->isActive())
        m_reload->start();
}

void ActionsView::fillChoices()
{
    const auto units = m_workspace.units().all();
    for (const Unit &unit : units)
        m_unit->addItem(unit.name, unit.id);
    m_person->addItem(tr("Everyone in the unit"), 0);
    const auto people = m_workspace.people().all();
    for (const Person &person : people)
        m_person->addItem(person.name, person.id);
}

void ActionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ActionsView::refresh()
{
    ActionFilter filter = ActionFilter::Open;
    actionFilterFromKey(m_filter->currentData().toString(), &filter);
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    // The list is read again when someone else changes it: the chosen
    // action stays chosen.
    const int selectedRow = m_table->currentRow();
    const qint64 selectedId = selectedRow >= 0 && m_table->item(selectedRow, 0)
        ? m_table->item(selectedRow, 0)->data(Qt::UserRole).toLongLong()
        : 0;
    ActionList list(m_workspace);
    const qint64 personId = m_person->currentData().toLongLong();
    QList<ActionListRow> rows = personId > 0
        ? list.forPerson(personId, filter, today)
        : list.forUnit(m_unit->currentData().toLongLong(), filter, today);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Action &a = rows.at(r).action;
        const auto person = m_workspace.people().byId(a.responsibleId);
        QString status = a.status == ActionStatus::Done
            ? tr("Done %1").arg(stockholmDate(a.doneUtc).toString(Qt::ISODate))
            : a.isOverdue(today) ? tr("Overdue", "status of one action")
                                 : tr("Open", "status of one action");
        if (a.status == ActionStatus::Done && a.doneById > 0) {
            if (const auto by = m_workspace.people().byId(a.doneById))
                status += tr(" by %1").arg(by->name);
        }
        const QStringList cells = {a.what, person ? person->name : QString(),
            a.dueDate.toString(Qt::ISODate), rows.at(r).decidedOn.toString(Qt::ISODate),
            rows.at(r).followUpOn.toString(Qt::ISODate), status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.id);
            m_table->setItem(r, c, item);
        }
        if (selectedId != 0 && a.id == selectedId)
            m_table->setCurrentCell(r, 0);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

bool ActionsView::markSelectedDone()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)) {
        MessageBox::information(
            this, tr("Mark as done"), tr("Choose an action in the list first."));
        return false;
    }
    try {
        ActionList(m_workspace).markDone(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    } catch (const StorageError &error) {
        MessageBox::error(this, tr("Not saved"), error.userMessage());
        return false;
    }
    refresh();
    return true;
}

} // namespace tf
