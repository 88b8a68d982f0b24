#pragma once

class QCoreApplication;

namespace tf {

// Installs the Swedish translations: Debian's qt_sv, then the program's own
// Swedish texts for the Qt contexts that qt_sv lacks, then the program's
// strings. Also makes Swedish the default locale (sorting of Å, Ä, Ö).
void installSwedish(QCoreApplication &app);

// Makes Swedish the system locale whatever the environment says, so what Qt
// formats with the system locale (dates and sizes in the file dialogs)
// follows it too. Called before the application object is made;
// installSwedish() puts the environment's variables back after Qt has read
// them, for the programs started from this one.
void useSwedishSystemLocale();

} // namespace tf
