#pragma once

#include <QStringList>

class QWidget;

namespace tf::test {

// Visible interactive widgets under root that have no accessible name, as
// "ClassName objectName" strings; empty when every one has a name.
QStringList widgetsWithoutAccessibleName(QWidget *root);

} // namespace tf::test
