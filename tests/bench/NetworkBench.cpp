#include "NetworkBench.h"

#include "BenchSchema.h"
#include "GuiThreadHold.h"
#include "KeystrokeBench.h"
#include "Stats.h"
#include "domain/Minutes.h"
#include "domain/StorageError.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/ClientRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/ThroughRelay.h"
#include "support/WireProxy.h"
#include "ui/care/ContactPersonView.h"
#include "ui/care/NurseView.h"
#include "ui/chair/ChairView.h"
#include "ui/minutes/ActionsView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/SearchView.h"
#include "ui/today/TodayView.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTreeWidget>

#include <functional>
#include <memory>
#include <stdexcept>

namespace tf::bench {

namespace {
struct Action
{
    // shown: a view shown or a meeting opened, which may hold the GUI
    // thread 16 ms. Not so the start, which opens the database before the
    // window is shown (Idag, shown at its end, reads beside the window), and
    // a note's save (NotesWriter's; its hold is the keystroke figure's
    // guiThreadSaveStall).
    enum class Shows { View, Nothing };
    // The action is over when `isDone` says so: a view reading beside the
    // GUI thread is shown when its rows have come.
    Action(
        const char *actionName, double target, std::function<void()> work,
        Shows shown = Shows::View, std::function<bool()> isDone = [] { return true; })
        : name(actionName)
        , targetMs(target)
        , run(std::move(work))
        , done(std::move(isDone))
        , viewShown(shown == Shows::View)
    { }

    const char *name;
    double targetMs;
    std::function<void()> run;
    std::function<bool()> done;
    bool viewShown;
    QList<double> times;
    QList<double> held; // the GUI thread's longest hold in each run
    long roundTrips = 0;
};

} // namespace

QJsonObject measureOverNetwork(const QString &postgresUrl, int runs, int delayEachWayMs)
{
    QJsonObject result {{QStringLiteral("delayEachWayMs"), delayEachWayMs},
        {QStringLiteral("roundTripMs"), 2 * delayEachWayMs}};
    ConnectionSpec spec;
    const QString schema
        = QStringLiteral("bench_network_%1").arg(QCoreApplication::applicationPid());
    if (const QString error = openOwnSchema(postgresUrl, schema, &spec); !error.isEmpty()) {
        result.insert(QStringLiteral("notMeasured"), error);
        return result;
    }
    try {
        test::MinutesFixture f;
        {
            Workspace setup(spec);
            setup.open();
            f = test::makeMinutesFixture(setup);
            for (qint64 item : f.itemIds) {
                MinuteEntry entry;
                entry.agendaItemId = item;
                entry.text = QStringLiteral("Greta har fallit två gånger; fallriskbedömning "
                                            "görs före nästa möte. Anhöriga informerade.");
                setup.minutes().saveEntry(entry, f.nurseId);
            }
            // The nurse is Greta's contact person: Mina kunder lists her.
            Client greta = *setup.clients().byId(f.clientId);
            greta.contactPersonId = f.nurseId;
            setup.clients().save(greta, f.chairId);
        }
        test::WireProxy relay(spec.host, spec.port);
        relay.setDelayEachWay(std::chrono::milliseconds(delayEachWayMs));
        const ConnectionSpec far = test::throughRelay(spec, relay);

        // Each run is a new session, as a user starting the program is.
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<MeetingModeView> view;
        std::unique_ptr<SearchView> searchView;
        std::unique_ptr<ContactPersonView> myClients;
        std::unique_ptr<MeetingMinutes> minutes;
        std::unique_ptr<TodayView> today;
        std::unique_ptr<ActionsView> actionsView;
        std::unique_ptr<NurseView> nurse;
        std::unique_ptr<ChairView> chair;
        MinuteEntry note;
        QList<Action> actions {
            // As the window starts, until its first view is filled: the
            // database opened, the views' reading connection opened beside
            // them (MainWindow::start), the change feed started and Idag
            // read.
            {"start", 1000,
                [&] {
                    workspace = std::make_unique<Workspace>(far);
                    workspace->open();
                    workspace->setActorId(f.nurseId);
                    workspace->limitWaitsForInteractiveUse();
                    workspace->readsBeside().connectSoon();
                    workspace->changes();
                    today = std::make_unique<TodayView>(*workspace);
                },
                Action::Shows::Nothing,
                [&] {
                    if (today->isReading())
                        return false;
                    if (today->tree()->topLevelItemCount() == 0)
                        throw std::runtime_error("Idag showed nothing");
                    return true;
                }},
            // Switching to meeting mode the first time: the chooser's reads
            // and the change channel; then the meeting, first time in the
            // session (its reads logged).
            {"showMeetingMode", 0, [&] { view = std::make_unique<MeetingModeView>(*workspace); },
                Action::Shows::View, [&] { return !view->isReading(); }},
            {"openMeeting", 150, [&] { view->openMeeting(f.meetingId, false); },
                Action::Shows::View, [&] { return !view->isOpening(); }},
            {"openMeetingAgain", 150, [&] { view->openMeeting(f.meetingId, false); },
                Action::Shows::View, [&] { return !view->isOpening(); }},
            {"saveNote", 0,
                [&] {
                    minutes = std::make_unique<MeetingMinutes>(*workspace);
                    note = minutes->entries(f.meetingId).value(0);
                    note.text += QStringLiteral(" Ny rad.");
                    note = minutes->saveEntry(note);
                },
                Action::Shows::Nothing},
            // The contact person's page as the window shows it: the list,
            // the first client's details and checklist, the decisions
            // awaiting feedback and the open actions.
            {"showMyClients", 0,
                [&] { myClients = std::make_unique<ContactPersonView>(*workspace); },
                Action::Shows::View,
                [&] {
                    if (myClients->isReading())
                        return false;
                    if (myClients
                            ->findChild<QAbstractItemView *>(QStringLiteral("myClientsTableWidget"))
                            ->model()
                            ->rowCount()
                        != 1)
                        throw std::runtime_error("Mina kunder did not list the client");
                    return true;
                }},
            // The nurse's Åtgärder, Inför mötet, and the chair's calendar of
            // the unit with its first meeting chosen.
            {"showActions", 0,
                [&] {
                    actionsView = std::make_unique<ActionsView>(*workspace);
                    actionsView->show();
                },
                Action::Shows::View, [&] { return !actionsView->isReading(); }},
            {"showBeforeMeeting", 0, [&] { nurse = std::make_unique<NurseView>(*workspace); },
                Action::Shows::View, [&] { return !nurse->isReading(); }},
            {"showChairCalendar", 0,
                [&] {
                    workspace->setActorId(f.chairId);
                    chair = std::make_unique<ChairView>(*workspace);
                },
                Action::Shows::View,
                [&] {
                    if (chair->isReading())
                        return false;
                    workspace->setActorId(f.nurseId);
                    return true;
                }},
            // The search page shown (it reads nothing until a search), then a word searched.
            {"search", 200,
                [&] {
                    if (!searchView)
                        searchView = std::make_unique<SearchView>(*workspace);
                    searchView->search(QStringLiteral("fallrisk"));
                },
                Action::Shows::View,
                [&] {
                    if (searchView->isSearching())
                        return false;
                    if (searchView->hitCount() == 0)
                        throw std::runtime_error("the search found nothing");
                    return true;
                }},
        };
        GuiThreadHold hold;
        for (int run = 0; run < runs; ++run) {
            for (Action &action : actions) {
                relay.resetCounts();
                hold.start();
                action.times << timeMs([&] {
                    action.run();
                    waitUntil(action.done);
                });
                action.held << hold.stopMs();
                action.roundTrips = relay.roundTrips();
            }
            // Closing the session is not part of any action.
            view.reset();
            today.reset();
            actionsView.reset();
            nurse.reset();
            chair.reset();
            searchView.reset();
            myClients.reset();
            minutes.reset();
            workspace.reset();
        }
        QJsonObject keystroke;
        // Typing in live minutes at 20 ms: each save goes over the network,
        // and another client reads the notes through the same relay.
        {
            Workspace typing(far);
            typing.open();
            typing.setActorId(f.nurseId);
            keystroke = measureKeystrokeCommit(typing, runs, 500);
            result.insert(QStringLiteral("keystrokeSeenByAnotherClient"), keystroke);
        }
        // The GUI thread's stall while saving counts too: its 16 ms hold
        // only when storage works beside the GUI thread. So does its hold
        // while a view is shown or a meeting opened: each action here runs
        // on this thread as the window runs it, and the longest time the
        // thread did not answer is its hold (GuiThreadHold).
        bool guiThreadFree = true;
        bool allMet = keystroke.value(QStringLiteral("meetsTarget")).toBool()
            && keystroke.value(QStringLiteral("guiThreadSaveStall"))
                   .toObject()
                   .value(QStringLiteral("meetsTarget"))
                   .toBool();
        for (const Action &action : actions) {
            QJsonObject figureOf = figure(action.times, action.targetMs);
            figureOf.insert(QStringLiteral("roundTrips"), int(action.roundTrips));
            figureOf.insert(QStringLiteral("floorMs"), 2 * delayEachWayMs);
            if (action.viewShown) {
                const double held = median(action.held);
                figureOf.insert(QStringLiteral("guiThreadHeldMs"), held);
                figureOf.insert(QStringLiteral("guiThreadHeldMeetsTarget"), held <= 16);
                guiThreadFree = guiThreadFree && held <= 16;
            }
            allMet = allMet && figureOf.value(QStringLiteral("meetsTarget")).toBool(true);
            result.insert(QString::fromLatin1(action.name), figureOf);
        }
        result.insert(QStringLiteral("guiThreadNeverHeldOver16Ms"), guiThreadFree);
        result.insert(QStringLiteral("meetsTarget"), allMet && guiThreadFree);
    } catch (const StorageError &error) {
        result.insert(QStringLiteral("failed"), error.userMessage());
    } catch (const std::runtime_error &error) {
        result.insert(QStringLiteral("failed"), QString::fromUtf8(error.what()));
    }
    runAsAdministrator(spec, {QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)});
    return result;
}

} // namespace tf::bench
