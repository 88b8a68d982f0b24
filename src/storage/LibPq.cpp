#include "storage/LibPq.h"

#include <QtGlobal>

#include <dlfcn.h>

namespace tf {

namespace {
template <typename Function> void take(void *library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(library, name));
    if (!function)
        qFatal("libpq has no %s", name);
}
} // namespace

const LibPq &libpq()
{
    static const LibPq loaded = [] {
        // Already in the process with Qt's driver; opened here only when not.
        void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
        if (!library)
            library = dlopen("libpq.so.5", RTLD_NOW);
        if (!library)
            qFatal("libpq.so.5 could not be loaded: %s", dlerror());
        LibPq functions;
        take(library, "PQstatus", functions.status);
        take(library, "PQtransactionStatus", functions.transactionStatus);
        take(library, "PQgetResult", functions.getResult);
        take(library, "PQclear", functions.clear);
        take(library, "PQbackendPID", functions.backendPid);
        return functions;
    }();
    return loaded;
}

} // namespace tf
