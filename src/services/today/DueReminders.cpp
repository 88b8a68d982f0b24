#include "services/today/DueReminders.h"

#include "services/Workspace.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QSettings>
#include <QVariantMap>

namespace tf {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kEnabledKey = QStringLiteral("reminders/enabled");
// Shown for a few seconds by the desktop's own rule (-1).
constexpr int kDesktopTimeout = -1;
constexpr int kMostLines = 6;

QString sentKey(qint64 personId)
{
    return QStringLiteral("reminders/sentOn/%1").arg(personId);
}
} // namespace

std::optional<DueReminder> dueReminder(
    const TodayActions &actions, const TodayChecks &checks, const QDate &day)
{
    // Counts only: an action's text may name a client, and a notification
    // stays on the screen and in the desktop's history.
    QStringList lines;
    int count = 0;
    if (const auto overdue = actions.overdue.size()) {
        lines << (overdue == 1 ? QStringLiteral("1 försenad åtgärd")
                               : QStringLiteral("%1 försenade åtgärder").arg(overdue));
        count += int(overdue);
    }
    if (const auto dueToday = actions.dueToday.size()) {
        lines << (dueToday == 1 ? QStringLiteral("1 åtgärd ska vara klar i dag")
                                : QStringLiteral("%1 åtgärder ska vara klara i dag").arg(dueToday));
        count += int(dueToday);
    }
    for (const TodayCheck &check : checks.selfInspections) {
        if (check.status.state == InspectionState::Overdue)
            lines << QStringLiteral("Försenad egenkontroll: %1, %2")
                         .arg(check.inspection.name, check.unit.name);
        else if (check.status.state == InspectionState::Due && check.status.current.last == day)
            lines << QStringLiteral("Egenkontroll i dag: %1, %2")
                         .arg(check.inspection.name, check.unit.name);
    }
    for (const Unit &unit : checks.logChecksOverdue)
        lines << QStringLiteral("Loggkontroll saknas för förra månaden: %1").arg(unit.name);
    count += int(lines.size()) - (actions.overdue.isEmpty() ? 0 : 1)
        - (actions.dueToday.isEmpty() ? 0 : 1);
    if (lines.isEmpty())
        return std::nullopt;
    if (lines.size() > kMostLines) {
        const qsizetype more = lines.size() - kMostLines + 1;
        lines = lines.mid(0, kMostLines - 1);
        lines << QStringLiteral("… och %1 till.").arg(more);
    }
    lines << QStringLiteral("Se Idag i Teamforum.");
    DueReminder reminder;
    reminder.summary = count == 1 ? QStringLiteral("Teamforum: en sak att göra i dag")
                                  : QStringLiteral("Teamforum: %1 saker att göra i dag").arg(count);
    reminder.body = lines.join(QLatin1Char('\n'));
    return reminder;
}

DesktopReminders::DesktopReminders(const QDBusConnection &bus)
    : m_bus(bus)
{ }

bool DesktopReminders::enabled()
{
    return QSettings().value(kEnabledKey, true).toBool();
}

void DesktopReminders::setEnabled(bool on)
{
    QSettings().setValue(kEnabledKey, on);
}

std::optional<DueReminder> readDueReminder(Workspace &workspace, const QDate &day)
{
    const qint64 me = workspace.actorId();
    return dueReminder(
        readTodayActions(workspace, me, day), readTodayChecks(workspace, me, day), day);
}

bool DesktopReminders::wanted(qint64 personId, const QDate &day)
{
    return personId > 0 && enabled() && QSettings().value(sentKey(personId)).toDate() != day
        && serviceAvailable();
}

bool DesktopReminders::remind(Workspace &workspace, const QDate &day)
{
    const qint64 me = workspace.actorId();
    // Nothing is read when nothing would be sent.
    if (!wanted(me, day))
        return false;
    return send(me, day, readDueReminder(workspace, day));
}

bool DesktopReminders::send(
    qint64 personId, const QDate &day, const std::optional<DueReminder> &reminder)
{
    QSettings settings;
    if (!reminder || !enabled() || settings.value(sentKey(personId)).toDate() == day
        || !serviceAvailable())
        return false;
    QDBusMessage notify
        = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    notify << QStringLiteral("Teamforum") << uint(0) << QStringLiteral("se.teamforum.Teamforum")
           << reminder->summary << reminder->body << QStringList() << QVariantMap()
           << kDesktopTimeout;
    // Not waited for: a slow notification service never holds the window.
    if (!m_bus.send(notify))
        return false;
    settings.setValue(sentKey(personId), day);
    return true;
}

bool DesktopReminders::serviceAvailable()
{
    if (!m_bus.isConnected())
        return false;
    QDBusConnectionInterface *bus = m_bus.interface();
    if (!bus)
        return false;
    if (bus->isServiceRegistered(kService).value())
        return true;
    // A notification service the bus starts on the first call.
    const QDBusReply<QStringList> activatable = bus->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(kService);
}

} // namespace tf
