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
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace tf {

namespace {
enum Column { Reader, When, ClientName, What, Purpose, Reason, Judgement, Note, ColumnCount };
enum EarlierColumn {
    EarlierUnit,
    EarlierMonth,
    EarlierReviewer,
    EarlierSaved,
    EarlierRows,
    EarlierInvestigate,
    EarlierStanding,
    EarlierColumnCount
};
enum SummaryColumn { SummaryUnit, SummaryMonths, SummaryRows, SummaryInvestigate, SummaryCount };

QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}

QTableWidget *readOnlyTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        table->setItem(row, column, item);
    }
}

int toInvestigate(const LogCheck &check)
{
    return int(std::count_if(check.rows.cbegin(), check.rows.cend(),
        [](const LogCheckRow &row) { return row.judgement == CheckJudgement::Investigate; }));
}
} // namespace

LogCheckDialog::LogCheckDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Access log check"));
    auto *layout = new QVBoxLayout(this);
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("overdueLabel"));
    m_overdue->setWordWrap(true);
    layout->addWidget(m_overdue);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Access log check"));
    m_tabs->addTab(buildCheckPage(), tr("&Check a month"));
    m_tabs->addTab(buildEarlierPage(), tr("Earl&ier checks"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save the check"), QDialogButtonBox::ActionRole);
    m_save->setAccessibleName(tr("Save the check"));
    m_save->setEnabled(false);
    QPushButton *close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    runGuarded(this, windowTitle(), [this] {
        for (const Unit &unit : m_workspace.directory().units())
            m_unit->addItem(unit.name, unit.id);
    });
    showOverdue();
    showYear(m_year->value());
    resize(1000, 600);
}

QWidget *LogCheckDialog::buildCheckPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_unit = new QComboBox(page);
    m_unit->setAccessibleName(tr("Unit"));
    form->addRow(tr("&Unit:"), m_unit);
    m_month = new QLineEdit(today().addMonths(-1).toString(QStringLiteral("yyyy-MM")), page);
    m_month->setAccessibleName(tr("Month"));
    form->addRow(tr("&Month (YYYY-MM):"), m_month);
    auto *sampleRow = new QHBoxLayout;
    m_sample = new QSpinBox(page);
    m_sample->setRange(0, 500);
    m_sample->setValue(20);
    m_sample->setObjectName(QStringLiteral("sampleSpinBox"));
    m_sample->setAccessibleName(tr("Sample size"));
    sampleRow->addWidget(m_sample);
    auto *draw = new QPushButton(tr("&Draw the check"), page);
    draw->setAccessibleName(tr("Draw the check"));
    sampleRow->addWidget(draw);
    sampleRow->addStretch();
    // A row of a spin box and a button: the label's buddy is the spin box.
    auto *sampleLabel = new QLabel(tr("Sam&ple:"), page);
    sampleLabel->setBuddy(m_sample);
    form->addRow(sampleLabel, sampleRow);
    layout->addLayout(form);
    connect(draw, &QPushButton::clicked, this, [this] { prepare(); });

    m_table = new QTableWidget(0, ColumnCount, page);
    m_table->setObjectName(QStringLiteral("checkRowsTable"));
    m_table->setHorizontalHeaderLabels({tr("Read by"), tr("When"), tr("Client"), tr("What"),
        tr("Purpose"), tr("Reason"), tr("Judgement"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Reads in the check"));
    layout->addWidget(m_table, 1);
    m_result = new QLabel(page);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto *privacy = new QLabel(tr("The client's name is shown here so that you recognise the "
                                  "read; the saved check holds no client, only the read's "
                                  "number, reader, time and your judgement. Write notes without "
                                  "the client's name."),
        page);
    privacy->setWordWrap(true);
    layout->addWidget(privacy);
    return page;
}

QWidget *LogCheckDialog::buildEarlierPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *yearRow = new QHBoxLayout;
    m_year = new QSpinBox(page);
    m_year->setRange(2000, 9999);
    m_year->setValue(today().addMonths(-1).year());
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setAccessibleName(tr("Year"));
    auto *yearLabel = new QLabel(tr("&Year:"), page);
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    layout->addLayout(yearRow);
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) { showYear(year); });

    layout->addWidget(new QLabel(tr("Saved checks of the year, newest first"), page));
    m_earlier = readOnlyTable(EarlierColumnCount,
        {tr("Unit"), tr("Month"), tr("Reviewed by"), tr("Saved"), tr("Reads reviewed"),
            tr("To investigate"), tr("Counts")},
        page);
    m_earlier->setObjectName(QStringLiteral("earlierChecksTable"));
    m_earlier->setAccessibleName(tr("Saved checks of the year"));
    layout->addWidget(m_earlier, 2);
    layout->addWidget(new QLabel(
        tr("The year summed up per unit, for the patient safety report (the newest check of each "
           "month counts)"),
        page));
    m_summary = readOnlyTable(SummaryCount,
        {tr("Unit"), tr("Months checked"), tr("Reads reviewed"), tr("To investigate")}, page);
    m_summary->setObjectName(QStringLiteral("yearSummaryTable"));
    m_summary->setAccessibleName(tr("The year summed up per unit"));
    layout->addWidget(m_summary, 1);
    return page;
}

void LogCheckDialog::showYear(int year)
{
    QList<LogCheck> checks;
    QList<LogCheckYear> summary;
    QHash<qint64, QString> units;
    QHash<qint64, QString> people;
    if (!runGuarded(this, windowTitle(), [&] {
            checks = savedLogChecks(m_workspace, year);
            summary = logCheckYear(m_workspace, year);
            for (const Unit &unit : m_workspace.directory().units())
                units.insert(unit.id, unit.name);
            for (const Person &person : m_workspace.directory().people())
                people.insert(person.id, person.name);
        }))
        return;
    // Newest first; a later check of the same unit and month supersedes.
    std::reverse(checks.begin(), checks.end());
    QSet<QPair<qint64, QString>> seen;
    const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
    m_earlier->setRowCount(int(checks.size()));
    for (int row = 0; row < checks.size(); ++row) {
        const LogCheck &check = checks.at(row);
        const bool newest = !seen.contains({check.unitId, check.period});
        seen.insert({check.unitId, check.period});
        setRow(m_earlier, row,
            {units.value(check.unitId), check.period, people.value(check.reviewerId),
                check.savedUtc.toTimeZone(stockholm).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                QString::number(check.rows.size()), QString::number(toInvestigate(check)),
                newest ? tr("Yes") : tr("No, a later check of the month replaces it")});
    }
    m_earlier->resizeColumnsToContents();
    m_summary->setRowCount(int(summary.size()));
    for (int row = 0; row < summary.size(); ++row) {
        const LogCheckYear &line = summary.at(row);
        setRow(m_summary, row,
            {units.value(line.unitId), QString::number(line.checks),
                QString::number(line.rowsReviewed), QString::number(line.toInvestigate)});
    }
    m_summary->resizeColumnsToContents();
}

void LogCheckDialog::showOverdue()
{
    QStringList names;
    QStringList nothing;
    const QDate now = today();
    runGuarded(this, windowTitle(), [&] {
        QList<Unit> withoutReads;
        for (const Unit &unit : overdueLogChecks(m_workspace, now, &withoutReads))
            names << unit.name;
        for (const Unit &unit : std::as_const(withoutReads))
            nothing << unit.name;
    });
    const QString month = now.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    QString text = names.isEmpty() ? tr("Every check of %1 that is due is saved.").arg(month)
                                   : tr("Overdue: no check of %1 is saved for %2.")
                                         .arg(month, names.join(QStringLiteral(", ")));
    if (!nothing.isEmpty())
        text += QLatin1Char(' ')
            + tr("Nothing to check for %1: nobody read its clients' data in %2.")
                  .arg(nothing.join(QStringLiteral(", ")), month);
    m_overdue->setText(text);
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
    QHash<qint64, QString> clients;
    runGuarded(this, windowTitle(), [&] {
        for (const Person &person : m_workspace.directory().people())
            people.insert(person.id, person.name);
        // On screen only: the reviewer recognises the client by name.
        for (const Client &client : m_workspace.directory().clientsOf(m_check.unitId))
            clients.insert(client.id, client.name);
    });
    const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
    m_table->setRowCount(static_cast<int>(m_check.rows.size()));
    for (int row = 0; row < m_check.rows.size(); ++row) {
        const LogCheckRow &line = m_check.rows.at(row);
        const QStringList cells {people.value(line.entry.personId),
            line.entry.accessedUtc.toTimeZone(stockholm).toString(
                QStringLiteral("yyyy-MM-dd HH:mm")),
            clients.value(line.entry.clientId, tr("client %1").arg(line.entry.clientId)),
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
    showYear(m_year->value());
    return true;
}

} // namespace tf
