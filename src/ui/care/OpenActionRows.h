#pragma once

#include <QtGlobal>

namespace tf {

class OpenActionsModel;
class Workspace;

// Fills the model with the person's open actions as the care views list
// them, each with its client's name.
void loadOpenActions(Workspace &workspace, OpenActionsModel *model, qint64 responsibleId);

} // namespace tf
