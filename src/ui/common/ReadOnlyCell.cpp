#include "ui/common/ReadOnlyCell.h"

#include <QTableWidgetItem>

namespace tf {

QTableWidgetItem *readOnlyCell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace tf
