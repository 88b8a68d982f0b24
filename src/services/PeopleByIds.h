#pragma once

#include "domain/Person.h"

#include <QList>

namespace tf {

class Workspace;

// The people of ids in one read, in the order of ids (an id that names no
// one is left out): a list that names several people reads them together.
QList<Person> peopleByIds(Workspace &workspace, const QList<qint64> &ids);

} // namespace tf
