#pragma once

#include "domain/io/ImportColumns.h"

#include <QHash>
#include <QString>

namespace tf {

// The column mapping of each kind, remembered for this computer account
// (QSettings, "import/<kind>/mapping") by the command line and the wizard
// alike: the column name in the file → the field's column name (header).
namespace ImportMappings {

QHash<QString, QString> remembered(RegisterKind kind);
// Adds these to what is remembered for the kind (a column given again
// replaces its field; an empty field forgets the column).
void remember(RegisterKind kind, const QHash<QString, QString> &mapping);

// The same for another import, named by its key ("deviations").
QHash<QString, QString> remembered(const QString &importKey);
void remember(const QString &importKey, const QHash<QString, QString> &mapping);

} // namespace ImportMappings

} // namespace tf
