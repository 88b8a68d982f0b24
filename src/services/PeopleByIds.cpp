#include "services/PeopleByIds.h"

#include "services/Workspace.h"
#include "storage/PersonRepository.h"

#include <QHash>

namespace tf {

QList<Person> peopleByIds(Workspace &workspace, const QList<qint64> &ids)
{
    QHash<qint64, Person> byId;
    for (const Person &person : workspace.people().byIds(ids))
        byId.insert(person.id, person);
    QList<Person> ordered;
    for (qint64 id : ids)
        if (const auto found = byId.constFind(id); found != byId.constEnd())
            ordered << *found;
    return ordered;
}

} // namespace tf
