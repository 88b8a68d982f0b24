#pragma once

#include "domain/Retention.h"

namespace tf {

class Workspace;

// Whether the organisation is a municipality or a private provider (enskild
// verksamhet), as chosen in its settings in the database, so every user
// and the command line apply the same retention rule. Municipal until
// chosen.
CareProvider organisationProvider(Workspace &workspace);
// Stores the choice for everyone, recorded as the workspace's person's change.
void setOrganisationProvider(Workspace &workspace, CareProvider provider);

} // namespace tf
