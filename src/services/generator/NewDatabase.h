#pragma once

#include "services/generator/DataGenerator.h"

namespace tf {

struct ConnectionSpec;

// `generate`: a new database filled with generated data. On SQLite it is
// built in a temporary file in the target's folder and moved into place
// (one rename) only when complete and on disk, so a failure (a full disk,
// a killed process) leaves no partial database under the target's name and
// the folder as it was. The target must be missing or empty (0 bytes: the
// user asks for a database there). On PostgreSQL the data is written in
// place, into a database without units. Throws StorageError (Swedish).
GeneratorResult generateNewDatabase(const ConnectionSpec &target, const GeneratorOptions &options);

} // namespace tf
