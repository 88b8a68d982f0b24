#pragma once

namespace tf {

struct ConnectionSpec;
class MainWindow;

// Starts the day's automatic backup of a local database on a thread of its
// own (the window never waits for it), half a minute after the start: read
// whole, a ten-year file takes seconds of disk and a core, which the first
// view would otherwise share. A program closed before then makes it at its
// next start. A PostgreSQL database is backed up on its server. How many
// days are kept is the setting backup/daysKept (14). The outcome goes to the
// log and, when it failed, to the status bar.
void startDailyBackup(const ConnectionSpec &spec, MainWindow *window);

} // namespace tf
