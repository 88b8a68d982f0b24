#include "services/PeopleByIds.h"

#include "domain/OrderedByIds.h"
#include "services/Workspace.h"
#include "storage/PersonRepository.h"

namespace tf {

QList<Person> peopleByIds(Workspace &workspace, const QList<qint64> &ids)
{
    return orderedByIds(workspace.people().byIds(ids), ids);
}

} // namespace tf
