#include "services/StoreDescription.h"

#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Dialect.h"

namespace tf {

StoreDescription describeStore(Workspace &workspace)
{
    Database &db = workspace.database();
    return {db.dialect().engineName(), db.spec().displayName(), db.isReadOnly()};
}

} // namespace tf
