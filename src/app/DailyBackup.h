#pragma once

namespace tf {

struct ConnectionSpec;
class MainWindow;

// Starts the day's automatic backup of a local database on a thread of its
// own (the window never waits for it); a PostgreSQL database is backed up on
// its server. How many days are kept is the setting backup/daysKept (14).
// The outcome goes to the log and, when it failed, to the status bar.
void startDailyBackup(const ConnectionSpec &spec, MainWindow *window);

} // namespace tf
