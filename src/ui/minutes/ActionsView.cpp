#include "ui/minutes/ActionsView.h"

#include "domain/NotesMerge.h"
#include "domain/StorageError.h"
#include "models/ActionTableModel.h"
#include "models/PersonChoiceModel.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/LiveRefresh.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PersonChooser.h"
#include "ui/common/WhenRead.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace tf {

ActionsView::ActionsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_people(
          new PersonChoiceModel(tr("Everyone in the unit"), PersonChoiceModel::Label::Name, this))
    , m_filter(new QComboBox(this))
    , m_model(new ActionTableModel(this))
    , m_table(new QTableView(this))
    , m_markDone(new QPushButton(tr("Mark as &done  (Ctrl+D)"), this))
    , m_editText(new QPushButton(tr("Change &text…"), this))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_markDone->setIcon(themedIcon(QStringLiteral("emblem-default")));
    setObjectName(QStringLiteral("actionsView"));
    m_unit->setObjectName(QStringLiteral("actionsUnitComboBox"));
    m_unit->setAccessibleName(tr("Unit"));
    m_person->setObjectName(QStringLiteral("actionsPersonComboBox"));
    m_person->setAccessibleName(tr("Responsible"));
    offerPeople(m_person, m_people);
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
    auto *markDone = new QAction(tr("Mark as done"), this);
    markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    markDone->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(markDone);
    connect(markDone, &QAction::triggered, this, &ActionsView::markSelectedDone);
    m_markDone->setToolTip(tr("Ctrl+D"));
    m_editText->setObjectName(QStringLiteral("editActionTextButton"));
    m_editText->setAccessibleName(tr("Change the action's text"));

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
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markDone);
    buttons->addWidget(m_editText);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    readChoices();
    for (QComboBox *box : {m_unit, m_person, m_filter})
        connect(box, &QComboBox::currentIndexChanged, this, &ActionsView::refresh);
    connect(m_markDone, &QPushButton::clicked, this, &ActionsView::markSelectedDone);
    connect(m_editText, &QPushButton::clicked, this, &ActionsView::editSelectedText);
    // Another client's change to the actions shows, the chosen one kept.
    new LiveRefresh(m_workspace, this,
        {QStringLiteral("team_action"), QStringLiteral("meeting"), QStringLiteral("person")},
        [this] { refresh(); });
}

void ActionsView::readChoices()
{
    const QFuture<Choices> read = m_workspace.readsBeside().read<Choices>([](Workspace &workspace) {
        Directory directory(workspace);
        return Choices {directory.units(), directory.people()};
    });
    whenRead(read, this, [this](const QFuture<Choices> &done) {
        Choices choices;
        if (!runGuarded(this, tr("Actions"), [&] { choices = done.result(); }))
            return;
        {
            const QSignalBlocker blockUnit(m_unit);
            const QSignalBlocker blockPerson(m_person);
            for (const Unit &unit : std::as_const(choices.units))
                m_unit->addItem(unit.name, unit.id);
            m_people->setPeople(std::move(choices.people));
            if (const qint64 asked = std::exchange(m_personAsked, 0); asked > 0)
                m_person->setCurrentIndex(qMax(0, m_people->rowOf(asked)));
        }
        m_choicesShown = true;
        if (isVisible() || m_chooseAfterRead != 0)
            refresh();
    });
}

void ActionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ActionsView::refresh()
{
    if (!m_choicesShown)
        return; // read when the units and people are
    ActionFilter filter = ActionFilter::Open;
    actionFilterFromKey(m_filter->currentData().toString(), &filter);
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    const qint64 personId = m_person->currentData().toLongLong();
    const qint64 unitId = m_unit->currentData().toLongLong();
    const int asked = ++m_asked;
    const QFuture<Rows> read = m_workspace.readsBeside().read<Rows>(
        [personId, unitId, filter, today](Workspace &workspace) {
            ActionList list(workspace);
            Rows rows;
            rows.rows = personId > 0 ? list.forPerson(personId, filter, today)
                                     : list.forUnit(unitId, filter, today);
            QList<qint64> named;
            for (const ActionListRow &row : std::as_const(rows.rows))
                named << row.action.responsibleId << row.action.doneById;
            rows.names = Directory(workspace).names(named);
            return rows;
        });
    whenRead(read, this, [this, asked, today](const QFuture<Rows> &done) {
        if (asked != m_asked)
            return; // another choice was made since
        m_answered = asked;
        Rows rows;
        if (runGuarded(this, tr("Actions"), [&] { rows = done.result(); }))
            showRows(rows, today);
    });
}

void ActionsView::showRows(const Rows &read, const QDate &today)
{
    // The list is read again when someone else changes it: the chosen
    // action stays chosen.
    const qint64 chosenId = std::exchange(m_chooseAfterRead, 0);
    const qint64 selectedId
        = chosenId != 0 ? chosenId : m_model->actionIdAt(m_table->currentIndex().row());
    const KeepPlace keepPlace(m_table);
    QList<ActionTableRow> shown;
    shown.reserve(read.rows.size());
    for (const ActionListRow &row : read.rows) {
        const Action &a = row.action;
        shown << ActionTableRow {a, read.names.value(a.responsibleId), read.names.value(a.doneById),
            row.decidedOn, row.followUpOn, stockholmDate(a.doneUtc)};
    }
    m_model->setRows(shown, today);
    if (const int row = m_model->rowOf(selectedId); selectedId != 0 && row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (chosenId != 0)
        m_table->setFocus();
}

void ActionsView::showAction(qint64 personId, qint64 actionId)
{
    if (!m_choicesShown)
        m_personAsked = personId;
    m_chooseAfterRead = actionId;
    {
        const QSignalBlocker blockPerson(m_person);
        const QSignalBlocker blockFilter(m_filter);
        m_person->setCurrentIndex(qMax(0, m_people->rowOf(personId)));
        m_filter->setCurrentIndex(qMax(0, m_filter->findData(actionFilterKey(ActionFilter::Open))));
    }
    refresh();
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

bool ActionsView::editSelectedText()
{
    const qint64 actionId = m_model->actionIdAt(m_table->currentIndex().row());
    std::optional<Action> read;
    if (actionId != 0)
        runGuarded(
            this, tr("Change text"), [&] { read = ActionList(m_workspace).action(actionId); });
    if (!read) {
        MessageBox::information(this, tr("Change text"), tr("Choose an action in the list first."));
        return false;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("actionTextDialog"));
    dialog.setWindowTitle(tr("Change the action's text"));
    auto *field = new QLineEdit(read->what, &dialog);
    field->setObjectName(QStringLiteral("actionTextLineEdit"));
    field->setAccessibleName(tr("What is to be done"));
    auto *label = new QLabel(tr("&What is to be done"), &dialog);
    label->setBuddy(field);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveActionTextButton"));
    save->setAccessibleName(tr("Save"));
    save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelActionTextButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(field);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || field->text() == read->what)
        return false;
    return saveText(*read, field->text());
}

bool ActionsView::saveText(Action read, QString text)
{
    ActionList list(m_workspace);
    // Until saved, or until the user takes the other's text or gives up:
    // a third writer can meet the user's choice with another conflict.
    for (;;) {
        bool conflict = false;
        const bool ok = runGuarded(this, tr("Not saved"), [&] {
            try {
                list.changeText(read, text);
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::Conflict)
                    throw;
                conflict = true;
            }
        });
        if (!ok)
            return false;
        if (!conflict)
            break;
        std::optional<Action> stored;
        if (!runGuarded(this, tr("Not saved"), [&] { stored = list.action(read.id); }) || !stored)
            return false;
        ConflictDialog dialog(tr("the action's text"), text, stored->what,
            mergeNotes(read.what, stored->what, text), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        read = *stored;
        text = dialog.chosenText();
        if (dialog.choice() == ConflictDialog::Choice::Theirs || text == read.what)
            break; // stored already
    }
    refresh();
    return true;
}

} // namespace tf
