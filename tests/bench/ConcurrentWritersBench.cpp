#include "ConcurrentWritersBench.h"

#include "BenchSchema.h"

#include "domain/StorageError.h"
#include "services/Logins.h"
#include "services/Workspace.h"
#include "services/generator/TextBank.h"
#include "storage/ActionRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

namespace tf::bench {

namespace {
using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// One committed change: which row, which of the writer's changes, when.
struct Commit
{
    QString table;
    qint64 rowId = 0;
    int sequence = 0;
    Clock::time_point at;
    double saveMs = 0; // how long the save call took
};

// One read by the watcher: the row carried the writer's change `sequence`.
struct Sighting
{
    int writer = 0;
    int sequence = 0;
    Clock::time_point at;
};

struct Plan
{
    qint64 unitId = 0;
    qint64 watcherId = 0;
    QList<qint64> people; // one secretary per writer
    QList<qint64> meetings; // one meeting per writer
    QList<QList<qint64>> items; // its agenda items
};

// Every written text ends in this mark, so the watcher knows which change
// it read.
QString mark(int writer, int sequence)
{
    return QStringLiteral(" [%1/%2]").arg(writer).arg(sequence);
}

const QRegularExpression kMark(QStringLiteral(" \\[(\\d+)/(\\d+)\\]$"));

QString schemaName()
{
    return QStringLiteral("bench_writers_%1").arg(QCoreApplication::applicationPid());
}

// The login role of writer w (-1: the watcher), unique to this run.
QString loginOf(int writer)
{
    return writer < 0 ? schemaName() + QStringLiteral("_watcher")
                      : schemaName() + QStringLiteral("_w%1").arg(writer);
}

Plan createPlan(Workspace &workspace, int writers)
{
    std::mt19937_64 random(7);
    TextBank text(random);
    Plan plan;
    Unit unit;
    unit.name = QStringLiteral("Björkbackens vård- och omsorgsboende");
    plan.unitId = workspace.units().create(unit, 0);
    Person watcher;
    watcher.name = text.fullName();
    watcher.role = QStringLiteral("Enhetschef");
    plan.watcherId = workspace.people().create(watcher, 0);
    const QDateTime today = QDateTime::currentDateTimeUtc();
    for (int w = 0; w < writers; ++w) {
        Person person;
        person.name = text.fullName();
        person.profession = QStringLiteral("Undersköterska");
        const qint64 personId = workspace.people().create(person, 0);
        Meeting meeting;
        meeting.unitId = plan.unitId;
        meeting.startUtc = today;
        meeting.minutes = 30;
        meeting.location = QStringLiteral("Personalrummet");
        meeting.status = MeetingStatus::InProgress;
        meeting.secretaryId = personId;
        const qint64 meetingId = workspace.meetings().create(meeting, personId);
        QList<qint64> items;
        for (const QString &title :
            {QStringLiteral("Föregående protokoll"), QStringLiteral("Kunder"),
                QStringLiteral("Arbetsmiljö"), QStringLiteral("Övriga frågor")}) {
            AgendaItem item;
            item.meetingId = meetingId;
            item.title = title;
            items << workspace.meetings().addAgendaItem(item, personId);
        }
        plan.people << personId;
        plan.meetings << meetingId;
        plan.items << items;
    }
    // Everyone is on the unit's team: the care relation that lets them
    // read and write its meetings when row-level security decides.
    QList<qint64> team = plan.people;
    team << plan.watcherId;
    for (qint64 personId : team) {
        Query member(workspace.database(),
            QStringLiteral("INSERT INTO team_member (unit_id, forum, person_id, updated_at) "
                           "VALUES (?, 'teammote', ?, ?)"));
        member.bind(plan.unitId).bind(personId).bind(nowUtcText()).exec();
    }
    return plan;
}

// Ties a login role to every writer and to the watcher.
void grantLogins(Workspace &workspace, const Plan &plan)
{
    Logins logins(workspace);
    logins.grant(plan.watcherId, loginOf(-1), false);
    for (int w = 0; w < plan.people.size(); ++w)
        logins.grant(plan.people.at(w), loginOf(w), false);
}

ConnectionSpec as(ConnectionSpec spec, const QString &login, bool perPersonLogins)
{
    if (perPersonLogins) {
        spec.user = login;
        spec.password.clear();
    }
    return spec;
}

// A secretary typing: every 300-700 ms a notes field is saved (the editor's
// save rhythm), and every eighth change records an action instead.
void writeFor(const ConnectionSpec &spec, const Plan &plan, int writer, Clock::time_point until,
    QList<Commit> *commits, QString *failure)
{
    try {
        Workspace workspace(spec);
        workspace.open();
        std::mt19937_64 random(1000 + writer);
        TextBank text(random);
        const qint64 actor = plan.people.at(writer);
        QHash<qint64, MinuteEntry> entries; // per agenda item
        for (int sequence = 1; Clock::now() < until; ++sequence) {
            std::this_thread::sleep_for(std::chrono::milliseconds(300 + random() % 401));
            Commit commit;
            commit.sequence = sequence;
            const Clock::time_point saving = Clock::now();
            if (sequence % 8 == 0) {
                Action action;
                action.meetingId = plan.meetings.at(writer);
                action.agendaItemId = plan.items.at(writer).at(1);
                action.what = text.actionText(QStringLiteral("Greta")) + mark(writer, sequence);
                action.responsibleId = actor;
                action.dueDate = QDate::currentDate().addDays(14);
                commit.table = QStringLiteral("team_action");
                commit.rowId = workspace.actions().create(action, actor);
            } else {
                const qint64 itemId = plan.items.at(writer).at(static_cast<int>(random() % 4));
                MinuteEntry &entry = entries[itemId];
                entry.agendaItemId = itemId;
                QString body = entry.text;
                body.remove(kMark);
                if (body.size() > 600)
                    body.clear(); // the next item's notes, as it were
                entry.text = body + QLatin1Char(' ') + text.minuteNote(QStringLiteral("Greta"))
                    + mark(writer, sequence);
                entry = workspace.minutes().saveEntry(entry, actor);
                commit.table = QStringLiteral("minute_entry");
                commit.rowId = entry.id;
            }
            commit.at = Clock::now(); // the commit has returned
            commit.saveMs = msBetween(saving, commit.at);
            commits->append(commit);
        }
    } catch (const StorageError &error) {
        *failure = error.userMessage();
    }
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(std::ceil(p * values.size())) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

double rounded(double value)
{
    return qRound(value * 1000) / 1000.0;
}
} // namespace

QJsonObject measureConcurrentWriters(
    const QString &postgresUrl, int writers, int seconds, bool perPersonLogins)
{
    QJsonObject result {{QStringLiteral("targetMs"), 250}, {QStringLiteral("targetPercentile"), 95},
        {QStringLiteral("writers"), writers}, {QStringLiteral("perPersonLogins"), perPersonLogins}};
    ConnectionSpec spec;
    const QString schema = schemaName();
    if (const QString error = openOwnSchema(postgresUrl, schema, &spec); !error.isEmpty()) {
        result.insert(QStringLiteral("notMeasured"), error);
        return result;
    }

    QList<Sighting> sightings;
    QList<QList<Commit>> commits(writers);
    QStringList failures;
    try {
        Plan plan;
        {
            Workspace owner(spec);
            owner.open();
            plan = createPlan(owner, writers);
            if (perPersonLogins)
                grantLogins(owner, plan);
        }
        Workspace watcher(as(spec, loginOf(-1), perPersonLogins));
        watcher.open();
        watcher.setActorId(plan.watcherId);
        // The watcher reads each announced row back, as a view does.
        ChangeFeed &feed = watcher.changes();
        int unknown = 0;
        QObject::connect(
            &feed, &ChangeFeed::changed, &feed, [&](const QString &table, qint64 rowId) {
                QString text;
                if (table == QLatin1String("minute_entry")) {
                    Query read(watcher.database(),
                        QStringLiteral("SELECT text FROM minute_entry WHERE id = ?"));
                    read.bind(rowId).exec();
                    if (read.next())
                        text = read.text(0);
                } else if (table == QLatin1String("team_action")) {
                    if (const auto action = watcher.actions().byId(rowId))
                        text = action->what;
                }
                const auto match = kMark.match(text);
                if (!match.hasMatch()) {
                    ++unknown;
                    return;
                }
                sightings.append(
                    {match.captured(1).toInt(), match.captured(2).toInt(), Clock::now()});
            });

        const Clock::time_point until = Clock::now() + std::chrono::seconds(seconds);
        QStringList threadFailures(writers);
        std::atomic<int> running {writers};
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w) {
            QList<Commit> *mine = &commits[w];
            QString *failure = &threadFailures[w];
            const ConnectionSpec writerSpec = as(spec, loginOf(w), perPersonLogins);
            threads.emplace_back([writerSpec, &plan, &running, w, until, mine, failure] {
                writeFor(writerSpec, plan, w, until, mine, failure);
                --running;
            });
        }
        // The watcher's event loop runs here until the writers are done,
        // and two seconds more for notifications still on their way.
        QEventLoop loop;
        QTimer poll;
        QElapsedTimer grace;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (running > 0)
                return;
            if (!grace.isValid())
                grace.start();
            else if (grace.elapsed() >= 2000)
                loop.quit();
        });
        poll.start(50);
        loop.exec();
        for (std::thread &thread : threads)
            thread.join();
        for (const QString &failure : threadFailures) {
            if (!failure.isEmpty())
                failures << failure;
        }
        if (unknown > 0)
            result.insert(QStringLiteral("unreadableNotifications"), unknown);
    } catch (const StorageError &storageError) {
        failures << storageError.userMessage();
    }
    QStringList cleanUp {QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)};
    if (perPersonLogins) {
        for (int w = -1; w < writers; ++w)
            cleanUp << QStringLiteral("DROP ROLE IF EXISTS %1").arg(loginOf(w));
    }
    runAsAdministrator(spec, cleanUp);

    // A change counts as seen at the first read of its row that shows it or
    // a later change of the same row (a newer text shows the older one's
    // words too); a change never seen is missed.
    QList<double> latencies;
    QList<double> saves;
    int missed = 0;
    int total = 0;
    int readFirst = 0;
    for (int w = 0; w < writers; ++w) {
        QHash<int, const Commit *> bySequence;
        for (const Commit &commit : commits.at(w))
            bySequence.insert(commit.sequence, &commit);
        QHash<QString, QList<const Sighting *>> readsOfRow; // "table:id" in time order
        for (const Sighting &sighting : sightings) {
            if (sighting.writer != w || !bySequence.contains(sighting.sequence))
                continue;
            const Commit *c = bySequence.value(sighting.sequence);
            readsOfRow[ChangeFeed::payload(c->table, c->rowId)].append(&sighting);
        }
        for (const Commit &commit : commits.at(w)) {
            ++total;
            saves << commit.saveMs;
            const auto reads = readsOfRow.value(ChangeFeed::payload(commit.table, commit.rowId));
            const auto seen = std::find_if(reads.begin(), reads.end(),
                [&](const Sighting *s) { return s->sequence >= commit.sequence; });
            if (seen == reads.end()) {
                ++missed;
                continue;
            }
            // The commit call returns a little after the server committed,
            // so the very fastest reads can come first: counted as 0.
            const double ms = msBetween(commit.at, (*seen)->at);
            if (ms < 0)
                ++readFirst;
            latencies << std::max(0.0, ms);
        }
    }
    const double p95 = percentile(latencies, 0.95);
    result.insert(QStringLiteral("changes"), total);
    result.insert(QStringLiteral("count"), static_cast<int>(latencies.size()));
    result.insert(QStringLiteral("missed"), missed);
    result.insert(QStringLiteral("readBeforeCommitReturned"), readFirst);
    result.insert(QStringLiteral("seconds"), seconds);
    result.insert(QStringLiteral("commitsPerSecond"), rounded(double(total) / seconds));
    result.insert(QStringLiteral("medianMs"), rounded(percentile(latencies, 0.5)));
    result.insert(QStringLiteral("p95Ms"), rounded(p95));
    result.insert(QStringLiteral("maxMs"), rounded(percentile(latencies, 1.0)));
    result.insert(QStringLiteral("medianSaveMs"), rounded(percentile(saves, 0.5)));
    result.insert(QStringLiteral("p95SaveMs"), rounded(percentile(saves, 0.95)));
    if (!failures.isEmpty()) {
        failures.removeDuplicates();
        result.insert(QStringLiteral("errors"), QJsonArray::fromStringList(failures));
    }
    result.insert(QStringLiteral("meetsTarget"),
        failures.isEmpty() && missed == 0 && !latencies.isEmpty() && p95 <= 250);
    return result;
}

QJsonObject measureConcurrentWritersWithAndWithoutRowSecurity(
    const QString &postgresUrl, int writers, int seconds)
{
    const QJsonObject plain = measureConcurrentWriters(postgresUrl, writers, seconds, false);
    QJsonObject result {{QStringLiteral("oneLogin"), plain}};
    if (plain.contains(QStringLiteral("notMeasured")))
        return result;
    const QJsonObject secured = measureConcurrentWriters(postgresUrl, writers, seconds, true);
    result.insert(QStringLiteral("perPersonLoginsRowSecurity"), secured);
    // The cost of the policies: how much longer with them than without.
    const auto ratio = [&](const char *key) {
        const double without = plain.value(QLatin1String(key)).toDouble();
        const double with = secured.value(QLatin1String(key)).toDouble();
        return without > 0 && with > 0 ? QJsonValue(rounded(with / without))
                                       : QJsonValue(QJsonValue::Null);
    };
    result.insert(QStringLiteral("rowSecurityCost"),
        QJsonObject {{QStringLiteral("medianSaveRatio"), ratio("medianSaveMs")},
            {QStringLiteral("p95SaveRatio"), ratio("p95SaveMs")},
            {QStringLiteral("p95SeenRatio"), ratio("p95Ms")}});
    result.insert(QStringLiteral("meetsTarget"),
        plain.value(QStringLiteral("meetsTarget")).toBool()
            && secured.value(QStringLiteral("meetsTarget")).toBool());
    return result;
}

} // namespace tf::bench
