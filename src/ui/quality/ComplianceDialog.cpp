#include "ui/quality/ComplianceDialog.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/quality/CompliancePdf.h"
#include "services/quality/ComplianceReport.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/PaletteColours.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <map>

namespace tf {

namespace {
enum Column { UnitName, Forum, Held, Expected, Cancelled, Attendance, WithinWeek, ColumnCount };

} // namespace

ComplianceDialog::ComplianceDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Following the meeting routine"));
    auto *layout = new QVBoxLayout(this);
    auto *choice = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 9999);
    m_year->setValue(QDate::currentDate().year() - (QDate::currentDate().month() < 3 ? 1 : 0));
    m_year->setAccessibleName(tr("Year"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_unit = new QComboBox(this);
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *show = new QPushButton(tr("&Show"), this);
    show->setAccessibleName(tr("Show the year"));
    choice->addWidget(yearLabel);
    choice->addWidget(m_year);
    choice->addWidget(unitLabel);
    choice->addWidget(m_unit, 1);
    choice->addWidget(show);
    layout->addLayout(choice);

    auto *splitter = new QSplitter(this);
    m_chart = new QChartView(splitter);
    m_chart->setRenderHint(QPainter::Antialiasing);
    // A picture, not a field: Tab goes to the table beside it, which holds
    // the same figures.
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->setMinimumWidth(360);
    m_chart->setAccessibleName(tr("Chart of meetings held against the routine"));
    m_chart->setAccessibleDescription(tr("The table beside the chart holds the same figures."));
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setHorizontalHeaderLabels({tr("Unit"), tr("Forum"), tr("Held"), tr("By the routine"),
        tr("Cancelled"), tr("Attendance"), tr("Approved within a week")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setAccessibleName(tr("Meetings held per unit and forum"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setAccessibleName(tr("Save the year as PDF"));
    QPushButton *close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(show, &QPushButton::clicked, this, [this] { showReport(); });
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_unit->addItem(tr("All units"), 0);
    runGuarded(this, windowTitle(), [this] {
        for (const Unit &unit : m_workspace.directory().units())
            m_unit->addItem(unit.name, unit.id);
    });
    resize(1200, 640);
}

bool ComplianceDialog::showReport()
{
    ComplianceReport report;
    const bool done = runGuarded(this, windowTitle(), [&] {
        report = complianceReport(
            m_workspace, m_year->value(), m_unit->currentData().toLongLong(), QDate::currentDate());
    });
    if (!done)
        return false;
    m_report = report;
    fillTable();
    fillChart();
    return true;
}

void ComplianceDialog::fillTable()
{
    m_table->setRowCount(0);
    ActionCompliance actions;
    int clients = 0;
    int withoutAssessment = 0;
    int checksDone = 0;
    int checksExpected = 0;
    for (const UnitCompliance &unit : m_report.units) {
        actions.decided += unit.actions.decided;
        actions.doneOnTime += unit.actions.doneOnTime;
        actions.doneLate += unit.actions.doneLate;
        actions.overdue += unit.actions.overdue;
        clients += unit.clientsCurrent;
        withoutAssessment += unit.clientsAssessmentMissing;
        checksDone += unit.logChecksDone;
        checksExpected += unit.logChecksExpected;
        for (const ForumCompliance &forum : unit.forums) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QString expected = forum.onDemand ? tr("as needed")
                : forum.ranFrom.isValid()           ? QString::number(forum.expected)
                                                    : tr("not held");
            const QStringList cells {unit.name, forum.name, QString::number(forum.held), expected,
                QString::number(forum.cancelled), percentLabel(forum.attendanceRate()),
                forum.held ? tr("%1 of %2").arg(forum.approvedWithinWeek).arg(forum.held)
                           : QStringLiteral("–")};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_summary->setText(tr("Actions decided in %1: %2; done on time %3, done late %4, overdue "
                          "%5. Clients without a current risk assessment on %6: %7 of %8. "
                          "Access log checks: %9 of %10 months.")
                           .arg(m_report.year)
                           .arg(actions.decided)
                           .arg(actions.doneOnTime)
                           .arg(actions.doneLate)
                           .arg(actions.overdue)
                           .arg(QLocale().toString(m_report.asOf, QStringLiteral("d MMMM yyyy")))
                           .arg(withoutAssessment)
                           .arg(clients)
                           .arg(checksDone)
                           .arg(checksExpected));
}

void ComplianceDialog::fillChart()
{
    // Per forum over the units shown: held against the routine.
    std::map<QString, std::pair<int, int>> byForum; // name → held, expected
    QStringList order;
    for (const UnitCompliance &unit : m_report.units) {
        for (const ForumCompliance &forum : unit.forums) {
            if (forum.onDemand || !forum.ranFrom.isValid())
                continue;
            if (!byForum.count(forum.name))
                order << forum.name;
            byForum[forum.name].first += forum.held;
            byForum[forum.name].second += forum.expected;
        }
    }
    auto *held = new QBarSet(tr("Held"));
    auto *expected = new QBarSet(tr("By the routine"));
    int highest = 0;
    for (const QString &name : order) {
        *held << byForum[name].first;
        *expected << byForum[name].second;
        highest = qMax(highest, qMax(byForum[name].first, byForum[name].second));
    }
    auto *series = new QBarSeries;
    series->append(expected);
    series->append(held);
    auto *chart = new QChart;
    // Light or dark as the desktop is; before the series, whose colours it sets.
    chart->setTheme(isDarkPalette(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->addSeries(series);
    chart->setTitle(tr("Meetings %1").arg(m_report.year));
    auto *forums = new QBarCategoryAxis;
    forums->append(order);
    chart->addAxis(forums, Qt::AlignBottom);
    series->attachAxis(forums);
    auto *count = new QValueAxis;
    count->setRange(0, qMax(1, highest));
    count->setLabelFormat(QStringLiteral("%d"));
    count->applyNiceNumbers();
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(count);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

bool ComplianceDialog::savePdf()
{
    if (m_report.units.isEmpty() && !showReport())
        return false;
    const QString path = FileDialog::saveFile(this, tr("Save the year as PDF"),
        tr("routine-%1.pdf").arg(m_report.year), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    return runGuarded(this, windowTitle(), [&] { CompliancePdf::write(m_report, path); });
}

} // namespace tf
