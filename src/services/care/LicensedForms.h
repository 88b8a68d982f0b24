#pragma once

#include "domain/risk/RiskInstrument.h"

#include <QString>

namespace tf {

// Where an organisation installs its licensed form texts: one file per
// instrument, named by its key ("roag.json"), in the folder "formulartexter"
// of the program's data folder (QStandardPaths::AppDataLocation). The
// program ships without them.
QString licensedFormsFolder();

// The instrument as its form shows it: with the licensed texts when the
// instrument's file is installed and fits it (parseLicensedTexts), else as
// built in, with its neutral labels. `problem` gets the Swedish reason when
// a file is there but cannot be used.
RiskInstrument formInstrument(const RiskInstrument &instrument, QString *problem = nullptr);

} // namespace tf
