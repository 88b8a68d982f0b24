#include "ui/quality/SelfInspectionDialog.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "ui/common/Guarded.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
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
enum Column { Name, HowOften, Period, State, LastDone, Source, Who, ColumnCount };

QString howOften(int timesPerYear)
{
    switch (timesPerYear) {
    case 12:
        return SelfInspectionDialog::tr("Every month");
    case 4:
        return SelfInspectionDialog::tr("Every quarter");
    case 2:
        return SelfInspectionDialog::tr("Twice a year");
    default:
        return SelfInspectionDialog::tr("Once a year");
    }
}
} // namespace

SelfInspectionDialog::SelfInspectionDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Self-inspections"));
    auto *layout = new QVBoxLayout(this);
    auto *choice = new QHBoxLayout;
    m_unit = new QComboBox(this);
    m_unit->setAccessibleName(tr("Unit"));
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    choice->addWidget(unitLabel);
    choice->addWidget(m_unit, 1);
    layout->addLayout(choice);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Self-inspection"), tr("How often"), tr("Period"),
        tr("Status"), tr("Last done"), tr("Source"), tr("Who")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Source, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("The unit's self-inspections"));
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("chosenInspection"));
    m_chosen->setWordWrap(true);
    form->addRow(tr("Chosen:"), m_chosen);
    m_performedOn = new QDateEdit(QDate::currentDate(), this);
    m_performedOn->setCalendarPopup(true);
    m_performedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_performedOn->setAccessibleName(tr("Done on"));
    form->addRow(tr("&Done on:"), m_performedOn);
    m_finding = new QPlainTextEdit(this);
    m_finding->setTabChangesFocus(true);
    m_finding->setFixedHeight(m_finding->fontMetrics().lineSpacing() * 4);
    m_finding->setAccessibleName(tr("What the inspection found"));
    form->addRow(tr("&Found:"), m_finding);
    m_measures = new QLineEdit(this);
    m_measures->setAccessibleName(tr("What is done about it"));
    setWholePlaceholder(m_measures, tr("Measures, if any"));
    form->addRow(tr("&Measures:"), m_measures);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Record"), QDialogButtonBox::ActionRole);
    save->setAccessibleName(tr("Record the result"));
    QPushButton *close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, [this] { record(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SelfInspectionDialog::showChosen);

    runGuarded(this, windowTitle(), [this] {
        for (const Unit &unit : m_workspace.directory().units())
            m_unit->addItem(unit.name, unit.id);
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { showUnit(); });
    showUnit();
    resize(1100, 620);
}

bool SelfInspectionDialog::showUnit()
{
    QList<SelfInspections::UnitStatus> status;
    const qint64 unitId = m_unit->currentData().toLongLong();
    if (!unitId) {
        m_chosen->setText(
            tr("There is no unit yet: create it in the chair's view with New unit…."));
        return false;
    }
    const bool done = runGuarded(this, windowTitle(),
        [&] { status = SelfInspections(m_workspace).status(unitId, QDate::currentDate()); });
    if (!done)
        return false;
    m_status = status;
    m_table->setRowCount(int(m_status.size()));
    for (int row = 0; row < m_status.size(); ++row) {
        const auto &line = m_status.at(row);
        QString state = inspectionStateLabel(line.status.state);
        if (line.status.missed)
            state
                = tr("%1: %2 is missing")
                      .arg(state,
                          inspectionPeriodName(line.inspection.timesPerYear, *line.status.missed));
        const QStringList cells {line.inspection.name, howOften(line.inspection.timesPerYear),
            inspectionPeriodName(line.inspection.timesPerYear, line.status.current), state,
            line.status.lastDone.isValid() ? line.status.lastDone.toString(Qt::ISODate)
                                           : tr("never"),
            line.inspection.source, line.inspection.who};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column)); // the long sources elide
            m_table->setItem(row, column, item);
        }
    }
    showChosen();
    return true;
}

void SelfInspectionDialog::showChosen()
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    const int row = chosen.isEmpty() ? -1 : chosen.first()->row();
    m_chosen->setText(row >= 0 && row < m_status.size()
            ? m_status.at(row).inspection.name
            : tr("Choose a self-inspection in the table."));
}

bool SelfInspectionDialog::record()
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    const int row = chosen.isEmpty() ? -1 : chosen.first()->row();
    if (row < 0 || row >= m_status.size()) {
        m_chosen->setText(tr("Choose a self-inspection in the table."));
        return false;
    }
    const qint64 unitId = m_unit->currentData().toLongLong();
    const QString key = m_status.at(row).inspection.key;
    const bool done = runGuarded(this, windowTitle(), [&] {
        SelfInspections(m_workspace)
            .record(
                unitId, key, m_performedOn->date(), m_finding->toPlainText(), m_measures->text());
    });
    if (!done)
        return false;
    m_finding->clear();
    m_measures->clear();
    showUnit();
    m_table->selectRow(row);
    showChosen();
    return true;
}

} // namespace tf
