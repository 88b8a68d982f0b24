#include "ui/care/CareTable.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>
#include <QTableWidget>

namespace tf {

QTableWidget *createCareTable(QWidget *parent, const char *objectName,
    const QString &accessibleName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, headers.size(), parent);
    table->setObjectName(QLatin1String(objectName));
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableView *createCareTableView(QWidget *parent, const char *objectName,
    const QString &accessibleName, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(objectName));
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, [table] {
        table->resizeColumnsToContents();
        table->horizontalHeader()->setStretchLastSection(true);
    });
    return table;
}

void fillCareTable(QTableWidget *table, const QList<QStringList> &rows, const QList<qint64> &ids)
{
    QSignalBlocker block(table);
    table->setRowCount(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            auto *cell = new QTableWidgetItem(rows.at(row).value(column));
            if (column == 0 && row < ids.size())
                cell->setData(Qt::UserRole, ids.at(row));
            table->setItem(row, column, cell);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace tf
