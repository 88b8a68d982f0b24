#include "ui/quality/ActionPlansDialog.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/quality/ActionPlans.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadOnlyCell.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

namespace {

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *list = new QTableWidget(0, int(headers.size()), parent);
    list->setHorizontalHeaderLabels(headers);
    list->verticalHeader()->hide();
    list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setAccessibleName(name);
    return list;
}

QPlainTextEdit *textBox(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    edit->setAccessibleName(name);
    return edit;
}
} // namespace

ActionPlansDialog::ActionPlansDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_plans(table({tr("Improvement area"), tr("Followed up at"), tr("Status"), tr("Signed off")},
          tr("The unit's action plans"), this))
    , m_area(new QLineEdit(this))
    , m_currentState(textBox(tr("Present state"), this))
    , m_goal(textBox(tr("Goal"), this))
    , m_forum(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_savePlan(new QPushButton(tr("Sa&ve the plan"), this))
    , m_steps(table(
          {tr("Action"), tr("Who"), tr("Done by"), tr("Status")}, tr("The plan's actions"), this))
    , m_what(new QLineEdit(this))
    , m_who(new QLineEdit(this))
    , m_due(new QLineEdit(this))
    , m_stepStatus(new QComboBox(this))
    , m_addStep(new QPushButton(tr("&Add the action"), this))
    , m_saveStep(new QPushButton(tr("Save the acti&on"), this))
    , m_signOffOn(new QDateEdit(QDate::currentDate(), this))
    , m_signOff(new QPushButton(tr("S&ign off as finished"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Action plans"));
    resize(980, 720);
    m_unit->setAccessibleName(tr("Unit"));
    runGuarded(this, tr("Action plans"), [&] {
        for (const Unit &unit : m_workspace.directory().units())
            m_unit->addItem(unit.name, unit.id);
        QStringList forums;
        for (const ServiceType type : allServiceTypes()) {
            for (const ForumTemplate &forum : m_workspace.directory().templatesFor(type)) {
                if (forums.contains(forum.forum))
                    continue;
                forums << forum.forum;
                m_forum->addItem(forum.name, forum.forum);
            }
        }
    });
    m_forum->setCurrentIndex(qMax(0, m_forum->findData(QStringLiteral("kvalitetsmote"))));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ActionPlansDialog::refresh);
    auto *unitRow = new QFormLayout;
    unitRow->addRow(tr("&Unit:"), m_unit);

    m_area->setMaxLength(200);
    m_area->setAccessibleName(tr("Improvement area"));
    m_forum->setAccessibleName(tr("Forum where the plan is followed up"));
    for (PlanStatus status : planStatuses())
        m_status->addItem(planStatusLabel(status), planStatusKey(status));
    m_status->setCurrentIndex(1);
    m_status->setAccessibleName(tr("Status of the plan"));
    m_savePlan->setAccessibleName(tr("Save the plan"));
    auto *newButton = new QPushButton(tr("Ne&w plan"), this);
    newButton->setAccessibleName(tr("New plan"));
    auto *planBox = new QGroupBox(tr("The plan"), this);
    auto *planForm = new QFormLayout(planBox);
    planForm->addRow(tr("&Improvement area:"), m_area);
    planForm->addRow(tr("&Present state:"), m_currentState);
    planForm->addRow(tr("&Goal:"), m_goal);
    planForm->addRow(tr("&Followed up at:"), m_forum);
    planForm->addRow(tr("&Status:"), m_status);
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(newButton);
    planButtons->addWidget(m_savePlan);
    planButtons->addStretch();
    planForm->addRow(QString(), planButtons);
    connect(newButton, &QPushButton::clicked, this, &ActionPlansDialog::newPlan);
    connect(m_savePlan, &QPushButton::clicked, this, &ActionPlansDialog::savePlan);

    auto *top = new QHBoxLayout;
    top->addWidget(m_plans, 1);
    top->addWidget(planBox, 1);

    m_what->setMaxLength(200);
    m_what->setAccessibleName(tr("What is done"));
    m_who->setMaxLength(200);
    m_who->setAccessibleName(tr("Who does it"));
    setWholePlaceholder(m_who, tr("For example: Enhetschef, MAS"));
    m_due->setAccessibleName(tr("Done by the day"));
    setWholePlaceholder(m_due, tr("YYYY-MM-DD, may be left empty"));
    for (StepStatus status : stepStatuses())
        m_stepStatus->addItem(stepStatusLabel(status), stepStatusKey(status));
    m_stepStatus->setAccessibleName(tr("Status of the action"));
    m_addStep->setAccessibleName(tr("Add the action to the plan"));
    m_saveStep->setAccessibleName(tr("Save the chosen action"));
    auto *stepBox = new QGroupBox(tr("Action"), this);
    auto *stepForm = new QFormLayout(stepBox);
    stepForm->addRow(tr("W&hat:"), m_what);
    stepForm->addRow(tr("W&ho:"), m_who);
    stepForm->addRow(tr("&Done by:"), m_due);
    stepForm->addRow(tr("S&tatus of the action:"), m_stepStatus);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_addStep);
    stepButtons->addWidget(m_saveStep);
    stepButtons->addStretch();
    stepForm->addRow(QString(), stepButtons);
    connect(m_addStep, &QPushButton::clicked, this, &ActionPlansDialog::addStep);
    connect(m_saveStep, &QPushButton::clicked, this, &ActionPlansDialog::saveStep);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_steps, 1);
    middle->addWidget(stepBox, 1);

    m_signOffOn->setCalendarPopup(true);
    m_signOffOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_signOffOn->setAccessibleName(tr("Finished on"));
    m_signOff->setAccessibleName(tr("Sign off the plan as finished"));
    connect(m_signOff, &QPushButton::clicked, this, &ActionPlansDialog::signOff);
    auto *signRow = new QHBoxLayout;
    auto *signLabel = new QLabel(tr("Finished o&n:"), this);
    signLabel->setBuddy(m_signOffOn);
    signRow->addWidget(signLabel);
    signRow->addWidget(m_signOffOn);
    signRow->addWidget(m_signOff);
    signRow->addStretch();

    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("actionPlanResult"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(unitRow);
    layout->addLayout(top, 3);
    layout->addLayout(middle, 2);
    layout->addLayout(signRow);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    connect(m_plans, &QTableWidget::itemSelectionChanged, this, &ActionPlansDialog::showChosen);
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, &ActionPlansDialog::showChosenStep);
    refresh();
}

qint64 ActionPlansDialog::chosenPlanId() const
{
    const int row = m_plans->currentRow();
    return row >= 0 && row < m_shown.size() && !m_plans->selectedItems().isEmpty()
        ? m_shown.at(row).id
        : 0;
}

void ActionPlansDialog::refresh()
{
    const qint64 keep = chosenPlanId();
    const qint64 unitId = m_unit->currentData().toLongLong();
    runGuarded(this, tr("Action plans"), [&] {
        m_shown = unitId > 0 ? ActionPlans(m_workspace).of(unitId, false) : QList<ActionPlan>();
    });
    const QSignalBlocker block(m_plans);
    m_plans->clearSelection();
    m_plans->setRowCount(int(m_shown.size()));
    int chosenRow = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const ActionPlan &plan = m_shown.at(row);
        m_plans->setItem(row, 0, readOnlyCell(plan.area));
        const int forum = m_forum->findData(plan.forum);
        m_plans->setItem(row, 1, readOnlyCell(forum >= 0 ? m_forum->itemText(forum) : plan.forum));
        m_plans->setItem(row, 2, readOnlyCell(planStatusLabel(plan.status)));
        m_plans->setItem(row, 3,
            readOnlyCell(plan.isOpen() ? tr("Open") : plan.signedOffOn.toString(Qt::ISODate)));
        if (plan.id == keep)
            chosenRow = row;
    }
    if (chosenRow >= 0)
        m_plans->selectRow(chosenRow);
    showChosen();
}

void ActionPlansDialog::showChosen()
{
    const qint64 id = chosenPlanId();
    const auto found = std::find_if(
        m_shown.cbegin(), m_shown.cend(), [&](const ActionPlan &plan) { return plan.id == id; });
    const ActionPlan plan = found != m_shown.cend() ? *found : ActionPlan();
    m_area->setText(plan.area);
    m_currentState->setPlainText(plan.currentState);
    m_goal->setPlainText(plan.goal);
    if (id)
        m_forum->setCurrentIndex(qMax(0, m_forum->findData(plan.forum)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(planStatusKey(plan.status))));
    const bool editable = plan.isOpen();
    for (QWidget *widget : {static_cast<QWidget *>(m_area), static_cast<QWidget *>(m_forum),
             static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_savePlan),
             static_cast<QWidget *>(m_what), static_cast<QWidget *>(m_who),
             static_cast<QWidget *>(m_due), static_cast<QWidget *>(m_stepStatus)})
        widget->setEnabled(editable);
    m_currentState->setReadOnly(!editable);
    m_goal->setReadOnly(!editable);
    m_addStep->setEnabled(editable && id);
    m_saveStep->setEnabled(editable && id);
    m_signOff->setEnabled(editable && id);
    m_signOffOn->setEnabled(editable && id);

    const QSignalBlocker block(m_steps);
    m_steps->setRowCount(int(plan.steps.size()));
    for (int row = 0; row < plan.steps.size(); ++row) {
        const PlanStep &step = plan.steps.at(row);
        m_steps->setItem(row, 0, readOnlyCell(step.what));
        m_steps->setItem(row, 1, readOnlyCell(step.who));
        m_steps->setItem(row, 2, readOnlyCell(step.dueOn.toString(Qt::ISODate)));
        m_steps->setItem(row, 3, readOnlyCell(stepStatusLabel(step.status)));
    }
    if (!id)
        m_result->setText(tr("Fill in the plan and save it; then add its actions."));
    else if (!plan.isOpen())
        m_result->setText(tr("Signed off on %1; the plan can no longer be changed.")
                              .arg(plan.signedOffOn.toString(Qt::ISODate)));
    else
        m_result->setText(tr("The plan comes back to every meeting it is followed up at until "
                             "it is signed off."));
}

void ActionPlansDialog::showChosenStep()
{
    const qint64 id = chosenPlanId();
    const int row = m_steps->currentRow();
    for (const ActionPlan &plan : std::as_const(m_shown)) {
        if (plan.id != id || row < 0 || row >= plan.steps.size())
            continue;
        const PlanStep &step = plan.steps.at(row);
        m_what->setText(step.what);
        m_who->setText(step.who);
        m_due->setText(step.dueOn.toString(Qt::ISODate));
        m_stepStatus->setCurrentIndex(qMax(0, m_stepStatus->findData(stepStatusKey(step.status))));
    }
}

void ActionPlansDialog::newPlan()
{
    m_plans->clearSelection();
    m_plans->setCurrentItem(nullptr);
    showChosen();
    m_area->setFocus();
}

bool ActionPlansDialog::savePlan()
{
    ActionPlan plan;
    plan.id = chosenPlanId();
    plan.unitId = m_unit->currentData().toLongLong();
    plan.area = m_area->text();
    plan.currentState = m_currentState->toPlainText();
    plan.goal = m_goal->toPlainText();
    plan.forum = m_forum->currentData().toString();
    planStatusFromText(m_status->currentData().toString(), &plan.status);
    qint64 saved = plan.id;
    if (!runGuarded(this, tr("Save the plan"), [&] {
            ActionPlans plans(m_workspace);
            if (plan.id)
                plans.update(plan);
            else
                saved = plans.add(plan);
        }))
        return false;
    refresh();
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == saved)
            m_plans->selectRow(row);
    }
    m_result->setText(tr("The plan is saved."));
    return true;
}

bool ActionPlansDialog::stepFromForm(PlanStep *step)
{
    step->planId = chosenPlanId();
    step->what = m_what->text();
    step->who = m_who->text();
    step->responsibleId = 0;
    const QString due = m_due->text().trimmed();
    step->dueOn = due.isEmpty() ? QDate() : QDate::fromString(due, Qt::ISODate);
    if (!due.isEmpty() && !step->dueOn.isValid()) {
        MessageBox::error(this, tr("Action"),
            tr("Write the day as YYYY-MM-DD, for example %1, or leave it empty.")
                .arg(QDate::currentDate().addMonths(1).toString(Qt::ISODate)));
        return false;
    }
    stepStatusFromText(m_stepStatus->currentData().toString(), &step->status);
    return true;
}

bool ActionPlansDialog::addStep()
{
    PlanStep step;
    if (!stepFromForm(&step))
        return false;
    if (!runGuarded(this, tr("Add the action"), [&] { ActionPlans(m_workspace).addStep(step); }))
        return false;
    m_what->clear();
    m_due->clear();
    refresh();
    m_result->setText(tr("The action is added."));
    return true;
}

bool ActionPlansDialog::saveStep()
{
    const qint64 id = chosenPlanId();
    const int row = m_steps->currentRow();
    PlanStep step;
    for (const ActionPlan &plan : std::as_const(m_shown)) {
        if (plan.id == id && row >= 0 && row < plan.steps.size())
            step = plan.steps.at(row);
    }
    if (!step.id) {
        MessageBox::error(this, tr("Action"), tr("Choose the action to change in the list."));
        return false;
    }
    const qint64 person = step.responsibleId;
    const QString personName = step.who;
    if (!stepFromForm(&step))
        return false;
    if (person && step.who == personName) {
        step.responsibleId = person; // still the same person of the register
        step.who.clear();
    }
    if (!runGuarded(
            this, tr("Save the action"), [&] { ActionPlans(m_workspace).updateStep(step); }))
        return false;
    refresh();
    m_result->setText(tr("The action is saved."));
    return true;
}

bool ActionPlansDialog::signOff()
{
    const qint64 id = chosenPlanId();
    if (!id) {
        MessageBox::error(this, tr("Sign off"), tr("Choose the plan to sign off in the list."));
        return false;
    }
    if (!runGuarded(this, tr("Sign off"),
            [&] { ActionPlans(m_workspace).signOff(id, m_signOffOn->date()); }))
        return false;
    refresh();
    return true;
}

} // namespace tf
