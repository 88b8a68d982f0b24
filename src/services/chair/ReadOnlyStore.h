#pragma once

namespace tf {

class Workspace;

// The store was opened read-only (a file the user cannot write): the views
// offer no saving and generate nothing.
bool storeIsReadOnly(Workspace &workspace);

} // namespace tf
