#include "services/minutes/StoreChanges.h"

#include "services/Workspace.h"
#include "storage/ChangeFeed.h"

namespace tf {

StoreChanges::StoreChanges(Workspace &workspace, QObject *parent)
    : QObject(parent)
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &StoreChanges::changed);
}

} // namespace tf
