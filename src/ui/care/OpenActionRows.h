#pragma once

#include "services/care/ActionsWithClients.h"

namespace tf {

class OpenActionsModel;

// Shows actions read with their clients' names as the care views list them.
void showOpenActions(OpenActionsModel *model, const ActionsWithClients &rows);

} // namespace tf
