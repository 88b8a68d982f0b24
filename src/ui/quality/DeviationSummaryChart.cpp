#include "ui/quality/DeviationSummaryChart.h"

#include "ui/common/PaletteColours.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QTableWidget>
#include <QValueAxis>

namespace tf {

namespace {
QString trendText(int trend)
{
    if (trend > 0)
        return QStringLiteral("+%1").arg(trend);
    if (trend < 0)
        return QStringLiteral("−%1").arg(-trend);
    return QStringLiteral("±0");
}

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

DeviationSummaryChart::DeviationSummaryChart(By by, QWidget *parent)
    : QWidget(parent)
    , m_by(by)
    , m_view(new QChartView(this))
    , m_table(new QTableWidget(0, 4, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    // A picture, not a field: Tab goes to the table beside it, which holds
    // the same figures.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumSize(420, 280);
    m_view->setAccessibleName(by == By::Category ? tr("Chart of deviations per category")
                                                 : tr("Chart of deviations per unit"));
    m_view->setAccessibleDescription(tr("The table beside the chart holds the same figures."));
    m_table->setHorizontalHeaderLabels({by == By::Category ? tr("Category") : tr("Unit"),
        tr("Period"), tr("Previous period"), tr("Change")});
    m_table->verticalHeader()->hide();
    // Every column as wide as its text; the table asks for their width, so
    // on a small screen the chart gives way rather than the names.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(
        by == By::Category ? tr("Deviations per category") : tr("Deviations per unit"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_table, 2);
}

QStringList DeviationSummaryChart::drawnBars() const
{
    QStringList bars;
    const auto series = m_view->chart()->series();
    if (series.isEmpty())
        return bars;
    auto *bar = qobject_cast<QHorizontalBarSeries *>(series.first());
    const auto axes = m_view->chart()->axes(Qt::Vertical);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    if (!bar || !axis || bar->count() != 2)
        return bars;
    const QStringList names = axis->categories();
    for (int i = 0; i < names.size(); ++i)
        bars << QStringLiteral("%1: %2, %3")
                    .arg(names.at(i))
                    .arg(bar->barSets().at(0)->at(i))
                    .arg(bar->barSets().at(1)->at(i));
    return bars;
}

void DeviationSummaryChart::showSummary(const DeviationSummary &summary)
{
    QStringList names;
    QList<DeviationTally> tallies;
    if (m_by == By::Category) {
        for (const auto &[category, tally] : summary.categories) {
            names << deviationCategoryLabel(category);
            tallies << tally;
        }
    } else {
        for (const DeviationSummary::UnitRow &unit : summary.units) {
            names << unit.name;
            tallies << unit.tally;
        }
    }
    const QString period
        = tr("%1 – %2").arg(summary.from.toString(Qt::ISODate), summary.to.toString(Qt::ISODate));
    const QString previous = tr("%1 – %2").arg(
        summary.previousFrom.toString(Qt::ISODate), summary.previousTo.toString(Qt::ISODate));
    auto *current = new QBarSet(period);
    auto *before = new QBarSet(previous);
    current->setColor(QColor(0x1f, 0x5f, 0x9f));
    before->setColor(QColor(0xa8, 0xb8, 0xc8));
    int highest = 1;
    m_table->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const DeviationTally &tally = tallies.at(row);
        highest = std::max({highest, tally.current, tally.previous});
        m_table->setItem(row, 0, cell(names.at(row), false));
        m_table->setItem(row, 1, cell(QString::number(tally.current), true));
        m_table->setItem(row, 2, cell(QString::number(tally.previous), true));
        m_table->setItem(row, 3, cell(trendText(tally.trend()), true));
    }
    // The chart draws from the bottom up: the first row goes last, so the
    // chart reads top down as the table does.
    QStringList chartNames;
    for (qsizetype row = names.size() - 1; row >= 0; --row) {
        chartNames << names.at(row);
        *current << tallies.at(row).current;
        *before << tallies.at(row).previous;
    }
    // Bars across, so the categories' names are read whole beside them.
    auto *series = new QHorizontalBarSeries;
    series->append(before);
    series->append(current);
    auto *chart = new QChart;
    // Light or dark as the desktop is; before the series, whose colours it sets.
    chart->setTheme(isDarkPalette(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->addSeries(series);
    chart->setTitle(
        m_by == By::Category ? tr("Deviations per category") : tr("Deviations per unit"));
    auto *nameAxis = new QBarCategoryAxis;
    nameAxis->append(chartNames);
    chart->addAxis(nameAxis, Qt::AlignLeft);
    series->attachAxis(nameAxis);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setRange(0, highest);
    if (highest <= 10)
        counts->setTickCount(highest + 1); // whole numbers
    else
        counts->applyNiceNumbers();
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace tf
