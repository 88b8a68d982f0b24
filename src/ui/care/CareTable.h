#pragma once

#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QTableView;
class QTableWidget;
class QWidget;

namespace tf {

// A read-only, row-selecting table as the care views use them.
QTableWidget *createCareTable(QWidget *parent, const char *objectName,
    const QString &accessibleName, const QStringList &headers);
// The same table as a view of `model`, its columns fitted to the text each
// time the model is filled anew.
QTableView *createCareTableView(QWidget *parent, const char *objectName,
    const QString &accessibleName, QAbstractItemModel *model);
// Replaces the rows; ids (if given) go to each row's first cell as UserRole.
void fillCareTable(
    QTableWidget *table, const QList<QStringList> &rows, const QList<qint64> &ids = {});

} // namespace tf
