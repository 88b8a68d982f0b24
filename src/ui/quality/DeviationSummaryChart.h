#pragma once

#include "services/quality/Deviations.h"

#include <QWidget>

class QChartView;
class QTableWidget;

namespace tf {

// The period's deviations as a bar chart (the period beside the previous
// one) with a table of the same figures beside it for screen readers: per
// category, or per unit.
class DeviationSummaryChart : public QWidget
{
    Q_OBJECT
public:
    enum class By { Category, Unit };
    DeviationSummaryChart(By by, QWidget *parent = nullptr);

    void showSummary(const DeviationSummary &summary);
    QTableWidget *table() const { return m_table; }
    // What the chart draws: one "name: previous, current" per bar group.
    QStringList drawnBars() const;

private:
    By m_by;
    QChartView *m_view;
    QTableWidget *m_table;
};

} // namespace tf
