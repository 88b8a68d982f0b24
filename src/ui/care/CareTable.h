#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace tf {

// A read-only, row-selecting table as the care views use them, showing
// `model`; its columns are fitted to the text each time the model is filled
// anew.
QTableView *createCareTableView(QWidget *parent, const char *objectName,
    const QString &accessibleName, QAbstractItemModel *model);

} // namespace tf
