#include "services/chair/ReadOnlyStore.h"

#include "services/Workspace.h"
#include "storage/Database.h"

namespace tf {

bool storeIsReadOnly(Workspace &workspace)
{
    return workspace.database().isReadOnly();
}

} // namespace tf
