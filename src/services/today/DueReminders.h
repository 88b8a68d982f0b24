#pragma once

#include "services/today/TodayPage.h"

#include <QDBusConnection>
#include <QDate>
#include <QString>

#include <optional>

namespace tf {

class Workspace;

// A desktop reminder: a title and the lines below it, in Swedish.
struct DueReminder
{
    QString summary;
    QString body;
};

// What falls due on the day or is overdue: the person's actions due that
// day or before, the egenkontroller whose period ends that day or ended
// without a result, and the loggkontroller overdue. None when nothing does.
std::optional<DueReminder> dueReminder(
    const TodayActions &actions, const TodayChecks &checks, const QDate &day);
// The same read for the workspace's person (actions and checks).
std::optional<DueReminder> readDueReminder(Workspace &workspace, const QDate &day);

// Desktop notifications (org.freedesktop.Notifications on the session bus)
// of what falls due, at most once a day per person and computer account,
// and not at all when switched off in the settings. Without a notification
// service on the bus nothing happens: no message, no error.
class DesktopReminders
{
public:
    explicit DesktopReminders(const QDBusConnection &bus = QDBusConnection::sessionBus());

    // The switch in the settings (on by default).
    static bool enabled();
    static void setEnabled(bool on);

    // Reads what falls due for the workspace's person on the day and sends
    // it, unless switched off, already sent to them that day, nothing is due
    // or no notification service answers. True when a notification was sent.
    bool remind(Workspace &workspace, const QDate &day);
    // Whether a reminder would be sent to the person on the day, asked
    // before anything is read: switched on, not yet sent to them that day,
    // and a notification service answers.
    bool wanted(qint64 personId, const QDate &day);
    // Sends the reminder for the person on the day, under the same rules.
    bool send(qint64 personId, const QDate &day, const std::optional<DueReminder> &reminder);

private:
    bool serviceAvailable();

    QDBusConnection m_bus;
};

} // namespace tf
