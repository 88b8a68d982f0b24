#pragma once

#include "domain/Meeting.h"

namespace tf {

class Workspace;

// An ersättare stands in for someone with förhinder: never the person
// themselves, nor anyone already called to the same meeting. Throws
// StorageError (Refused) with a Swedish message naming the person; the
// chair's participant list and meeting mode both save through it.
void refuseCalledSubstitute(Workspace &workspace, const Participant &participant);

} // namespace tf
