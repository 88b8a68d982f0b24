#include "ui/care/CareTable.h"

#include <QHeaderView>
#include <QTableView>

namespace tf {

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
    // Columns as wide as their text, the last too: stretched, it shrank
    // below its title in a narrow window.
    table->setWordWrap(false);
    QObject::connect(model, &QAbstractItemModel::modelReset, table,
        [table] { table->resizeColumnsToContents(); });
    return table;
}

} // namespace tf
