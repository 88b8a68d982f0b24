#include "ui/shell/LogCheckDialog.h"

#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/LogChecks.h"
#include "services/Workspace.h"
#include "ui/common/Guarded.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tf {

namespace {
enum Column { Reader, When, What, Purpose, Reason, Judgement, Note, ColumnCount };

QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}
} // namespace

LogCheckDialog::LogCheckDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Access log check"));
    auto *layout = new QVBoxLayout(this);
    m_overdue = new QLabel(this);
    m_overdue->setWordWrap(true);
    layout->addWidget(m_overdue);

    auto *form = new QFormLayout;
    m_unit = new QComboBox(this);
    m_unit->setAccessibleName(tr("Unit"));
    form->addRow(tr("&Unit:"), m_unit);
    m_month = new QLineEdit(today().addMonths(-1).toString(QStringLiteral("yyyy-MM")), this);
    m_month->setAccessibleName(tr("Month"));
    form->addRow(tr("&Month (YYYY-MM):"), m_month);
    auto *sampleRow = new QHBoxLayout;
    m_sample = new QSpinBox(this);
    m_sample->setRange(0, 500);
    m_sample->setValue(20);
    m_sample->setAccessibleName(tr("Sample size"));
    sampleRow->addWidget(m_sample);
    auto *draw = new QPushButton(tr("&Draw the check"), this);
    draw->setAccessibleName(tr("Draw the check"));
    sampleRow->addWidget(draw);
    sampleRow->addStretch();
    form->addRow(tr("Sam&ple:"), sampleRow);
    layout->addLayout(form);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Read by"), tr("When"), tr("What"), tr("Purpose"),
        tr("Reason"), tr("Judgement"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Reads in the check"));
    layout->addWidget(m_table, 1);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save the check"), QDialogButtonBox::ActionRole);
    m_save->setAccessibleName(tr("Save the check"));
    m_save->setEnabled(false);
    QPushButton *close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(draw, &QPushButton::clicked, this, [this] { prepare(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    runGuarded(this, windowTitle(), [this] {
        for (const Unit &unit : m_workspace.directory().units())
            m_unit->addItem(unit.name, unit.id);
    });
    showOverdue();
    resize(1000, 600);
}

void LogCheckDialog::showOverdue()
{
    QStringList names;
    const QDate now = today();
    runGuarded(this, windowTitle(), [&] {
        for (const Unit &unit : overdueLogChecks(m_workspace, now))
            names << unit.name;
    });
    const QString month = now.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    m_overdue->setText(names.isEmpty() ? tr("Every unit's check of %1 is saved.").arg(month)
                                       : tr("Overdue: no check of %1 is saved for %2.")
                                             .arg(month, names.join(QStringLiteral(", "))));
}

bool LogCheckDialog::prepare()
{
    const qint64 unitId = m_unit->currentData().toLongLong();
    const QString month = m_month->text().trimmed();
    LogCheck check;
    const bool done = runGuarded(this, windowTitle(),
        [&] { check = prepareLogCheck(m_workspace, unitId, month, m_sample->value()); });
    if (!done)
        return false;
    m_check = check;
    m_result->setText(
        tr("%1 reads without a care relation and %2 in the sample.")
            .arg(std::count_if(m_check.rows.cbegin(), m_check.rows.cend(),
                [](const LogCheckRow &row) { return row.reason == CheckReason::NoCareRelation; }))
            .arg(std::count_if(m_check.rows.cbegin(), m_check.rows.cend(),
                [](const LogCheckRow &row) { return row.reason == CheckReason::Sample; })));
    showRows();
    return true;
}

void LogCheckDialog::showRows()
{
    QHash<qint64, QString> people;
    runGuarded(this, windowTitle(), [&] {
        for (const Person &person : m_workspace.directory().people())
            people.insert(person.id, person.name);
    });
    const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
    m_table->setRowCount(static_cast<int>(m_check.rows.size()));
    for (int row = 0; row < m_check.rows.size(); ++row) {
        const LogCheckRow &line = m_check.rows.at(row);
        const QStringList cells {people.value(line.entry.personId),
            line.entry.accessedUtc.toTimeZone(stockholm).toString(
                QStringLiteral("yyyy-MM-dd HH:mm")),
            accessKindLabel(line.entry.kind), accessPurposeLabel(line.entry.purpose),
            checkReasonLabel(line.reason)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, column, item);
        }
        auto *judgement = new QComboBox(m_table);
        judgement->addItem(checkJudgementLabel(CheckJudgement::NoRemark),
            static_cast<int>(CheckJudgement::NoRemark));
        judgement->addItem(checkJudgementLabel(CheckJudgement::Investigate),
            static_cast<int>(CheckJudgement::Investigate));
        judgement->setAccessibleName(tr("Judgement of read %1").arg(row + 1));
        m_table->setCellWidget(row, Judgement, judgement);
        m_table->setItem(row, Note, new QTableWidgetItem);
    }
    m_table->resizeColumnsToContents();
    m_save->setEnabled(true);
}

bool LogCheckDialog::save()
{
    LogCheck judged = m_check;
    for (int row = 0; row < judged.rows.size(); ++row) {
        auto *judgement = qobject_cast<QComboBox *>(m_table->cellWidget(row, Judgement));
        judged.rows[row].judgement = static_cast<CheckJudgement>(judgement->currentData().toInt());
        judged.rows[row].note = m_table->item(row, Note)->text();
    }
    qint64 id = 0;
    if (!runGuarded(this, windowTitle(), [&] { id = saveLogCheck(m_workspace, judged); }))
        return false;
    m_result->setText(tr("Check %1 of %2 is saved: %3 reads judged.")
                          .arg(id)
                          .arg(judged.period)
                          .arg(judged.rows.size()));
    m_save->setEnabled(false);
    showOverdue();
    return true;
}

} // namespace tf
