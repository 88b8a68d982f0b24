#include "ui/minutes/ActionsView.h"

#include "models/ActionTableModel.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/minutes/StoreChanges.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tf {

ActionsView::ActionsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_filter(new QComboBox(this))
    , m_model(new ActionTableModel(this))
    , m_table(new QTableView(this))
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
    m_table->setModel(m_model);
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
    connect(new StoreChanges(m_workspace, this), &StoreChanges::changed, this,
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
    Directory &directory = m_workspace.directory();
    const auto units = directory.units();
    for (const Unit &unit : units)
        m_unit->addItem(unit.name, unit.id);
    m_person->addItem(tr("Everyone in the unit"), 0);
    const auto people = directory.people();
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
    const qint64 selectedId = m_model->actionIdAt(m_table->currentIndex().row());
    ActionList list(m_workspace);
    const qint64 personId = m_person->currentData().toLongLong();
    const QList<ActionListRow> rows = personId > 0
        ? list.forPerson(personId, filter, today)
        : list.forUnit(m_unit->currentData().toLongLong(), filter, today);
    QHash<qint64, QString> names;
    const auto people = m_workspace.directory().people();
    for (const Person &person : people)
        names.insert(person.id, person.name);
    QList<ActionTableRow> shown;
    shown.reserve(rows.size());
    for (const ActionListRow &row : rows) {
        const Action &a = row.action;
        shown << ActionTableRow {a, names.value(a.responsibleId), names.value(a.doneById),
            row.decidedOn, row.followUpOn, stockholmDate(a.doneUtc)};
    }
    m_model->setRows(shown, today);
    if (const int row = m_model->rowOf(selectedId); selectedId != 0 && row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

bool ActionsView::markSelectedDone()
{
    const qint64 actionId = m_model->actionIdAt(m_table->currentIndex().row());
    if (actionId == 0) {
        MessageBox::information(
            this, tr("Mark as done"), tr("Choose an action in the list first."));
        return false;
    }
    if (!runGuarded(this, tr("Not saved"), [&] { ActionList(m_workspace).markDone(actionId); }))
        return false;
    refresh();
    return true;
}

} // namespace tf
