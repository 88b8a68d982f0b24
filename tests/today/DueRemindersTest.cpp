// Desktop reminders against a fake notification service on a private bus.
#include <catch2/catch.hpp>

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/today/DueReminders.h"
#include "storage/ActionRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QTimeZone>

using namespace tf;

namespace {
// The reminders remember the day in the settings, which every test process
// of a parallel ctest run shares: this test keeps its own settings file.
class OwnSettings
{
public:
    OwnSettings()
        : m_name(QCoreApplication::applicationName())
    {
        QCoreApplication::setApplicationName(
            QStringLiteral("%1-reminders-%2").arg(m_name).arg(QCoreApplication::applicationPid()));
    }
    ~OwnSettings()
    {
        QSettings().clear();
        QCoreApplication::setApplicationName(m_name);
    }

private:
    QString m_name;
};
// org.freedesktop.Notifications as a desktop offers it: records each call.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Sent
    {
        QString app;
        QString summary;
        QString body;
    };
    QList<Sent> sent;

public Q_SLOTS:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        sent << Sent {app, summary, body};
        return static_cast<uint>(sent.size());
    }
};

// A session bus of the test's own (dbus-daemon), so that no desktop's
// notification service is reached and none is needed.
class PrivateBus
{
public:
    PrivateBus()
    {
        m_daemon.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1")});
        if (m_daemon.waitForStarted(5000) && m_daemon.waitForReadyRead(5000))
            m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
    }
    ~PrivateBus()
    {
        for (const QString &name : m_names)
            QDBusConnection::disconnectFromBus(name);
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
    bool started() const { return !m_address.isEmpty(); }
    QDBusConnection connect(const QString &name)
    {
        m_names << name;
        return QDBusConnection::connectToBus(m_address, name);
    }

private:
    QProcess m_daemon;
    QString m_address;
    QStringList m_names;
};

// Waits up to a second for the fake service to have received `count` calls.
bool received(FakeNotifications &fake, int count)
{
    for (int i = 0; i < 50 && fake.sent.size() < count; ++i)
        QTest::qWait(20);
    QTest::qWait(50); // and nothing more arrives
    return fake.sent.size() == count;
}
} // namespace

TEST_CASE("what falls due is shown on the desktop once a day, and not when switched off",
    "[today][reminders]")
{
    const OwnSettings settings;
    PrivateBus bus;
    REQUIRE(bus.started());
    QDBusConnection desktop = bus.connect(QStringLiteral("teamforum-test-desktop"));
    QDBusConnection program = bus.connect(QStringLiteral("teamforum-test-program"));
    REQUIRE(desktop.isConnected());
    REQUIRE(program.isConnected());
    FakeNotifications fake;
    REQUIRE(desktop.registerObject(
        QStringLiteral("/org/freedesktop/Notifications"), &fake, QDBusConnection::ExportAllSlots));
    REQUIRE(desktop.registerService(QStringLiteral("org.freedesktop.Notifications")));

    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const QDate today(2026, 11, 25);
    const auto f
        = test::makeMinutesFixture(workspace, QDateTime(today, QTime(12, 0), QTimeZone::utc()));
    for (const auto &[what, due] : {std::pair {"Beställ rullator till Greta", today.addDays(-2)},
             std::pair {"Ring apoteket om Gretas medicin", today}}) {
        Action action;
        action.meetingId = f.meetingId;
        action.what = QString::fromUtf8(what);
        action.responsibleId = f.nurseId;
        action.dueDate = due;
        workspace.actions().create(action, f.chairId);
    }
    workspace.setActorId(f.nurseId);
    DesktopReminders reminders(program);

    CHECK(reminders.remind(workspace, today));
    REQUIRE(received(fake, 1));
    CHECK(fake.sent.first().app == QStringLiteral("Teamforum"));
    CHECK(fake.sent.first().summary == QStringLiteral("Teamforum: 2 saker att göra i dag"));
    const QString body = fake.sent.first().body;
    CHECK(body.contains(QStringLiteral("1 försenad åtgärd")));
    CHECK(body.contains(QStringLiteral("1 åtgärd ska vara klar i dag")));
    // The desktop keeps notifications: no action's text (it may name a client).
    CHECK_FALSE(body.contains(QStringLiteral("Greta")));

    // Once a day: the second run the same day sends nothing.
    CHECK_FALSE(reminders.remind(workspace, today));
    CHECK(received(fake, 1));
    // The next day the overdue ones are reminded of again.
    CHECK(reminders.remind(workspace, today.addDays(1)));
    CHECK(received(fake, 2));
    CHECK(fake.sent.last().body.contains(QStringLiteral("2 försenade åtgärder")));

    // Switched off in the settings: nothing is sent.
    DesktopReminders::setEnabled(false);
    CHECK_FALSE(reminders.remind(workspace, today.addDays(2)));
    CHECK(received(fake, 2));
    DesktopReminders::setEnabled(true);

    // Someone else with nothing due gets nothing.
    workspace.setActorId(f.helperId);
    CHECK_FALSE(reminders.remind(workspace, today.addDays(2)));
    CHECK(received(fake, 2));

    // No notification service on the bus: nothing happens, no error, and
    // the day is not spent: once the service is back, the reminder comes.
    workspace.setActorId(f.nurseId);
    REQUIRE(desktop.unregisterService(QStringLiteral("org.freedesktop.Notifications")));
    CHECK_FALSE(reminders.remind(workspace, today.addDays(2)));
    CHECK(received(fake, 2));
    REQUIRE(desktop.registerService(QStringLiteral("org.freedesktop.Notifications")));
    CHECK(reminders.remind(workspace, today.addDays(2)));
    CHECK(received(fake, 3));
}

TEST_CASE("without a session bus a reminder does nothing", "[today][reminders]")
{
    const OwnSettings settings;
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    Action action;
    action.meetingId = f.meetingId;
    action.what = QStringLiteral("Ring apoteket");
    action.responsibleId = f.nurseId;
    action.dueDate = QDate(2026, 11, 25);
    workspace.actions().create(action, f.chairId);
    workspace.setActorId(f.nurseId);
    DesktopReminders reminders(QDBusConnection(QStringLiteral("teamforum-test-no-bus")));
    CHECK_FALSE(reminders.remind(workspace, QDate(2026, 11, 25)));
}

#include "DueRemindersTest.moc"
