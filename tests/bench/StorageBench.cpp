#include "StorageBench.h"

#include "RawAccessLog.h"
#include "RawStatements.h"
#include "Stats.h"
#include "services/MinutesDocument.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/care/RiskRepository.h"

#include <QSet>

#include <QSqlQuery>
#include <QVariant>

namespace tf::bench {

namespace {
QList<qint64> sampleMeetings(Workspace &workspace, int count)
{
    // Spread over the ten years: old and recent meetings alike.
    QList<qint64> ids;
    QSqlQuery total(workspace.database().connection());
    total.exec(QStringLiteral("SELECT max(id) FROM meeting"));
    const qint64 maxId = total.next() ? total.value(0).toLongLong() : 0;
    for (int i = 1; i <= count; ++i)
        ids << maxId * i / (count + 1);
    return ids;
}

// What the floor must read of one meeting, worked out beforehand from what
// the program read: the people the minutes name (the program finds them in
// the rows it read) and the clients whose reads are logged.
struct Expected
{
    QVariantList people;
    QList<qint64> loggedClients;
    qsizetype participants = 0;
    qsizetype guests = 0;
    qsizetype items = 0;
    qsizetype entries = 0;
    qsizetype actions = 0;
    qsizetype addenda = 0;
    qsizetype nextClients = 0;
    qsizetype objectionsAndCorrections = 0;
    qsizetype clients = 0;
    qsizetype assessments = 0;
    qsizetype answers = 0;
};

struct RawCounts
{
    qsizetype meeting = 0, unit = 0, participants = 0, guests = 0, items = 0, entries = 0,
              actions = 0, addenda = 0, nextClients = 0, closing = 0, remarks = 0, people = 0,
              clients = 0, assessments = 0, answers = 0, logged = 0;
};

// The same rows the program reads, as plain statements, and the same
// access-log write.
RawCounts rawOpen(Database &db, RawStatements &raw, qint64 meetingId, const Expected &expected)
{
    const QVariantList id {meetingId};
    RawCounts n;
    n.meeting = raw.rows(QStringLiteral("SELECT * FROM meeting WHERE id = ?"), id);
    n.unit = raw.rows(QStringLiteral("SELECT u.name, t.name FROM meeting m "
                                     "JOIN unit u ON u.id = m.unit_id "
                                     "LEFT JOIN forum_template t ON t.id = m.template_id "
                                     "WHERE m.id = ?"),
        id);
    n.participants = raw.rows(QStringLiteral("SELECT * FROM participant WHERE meeting_id = ?"), id);
    n.guests = raw.rows(QStringLiteral("SELECT * FROM meeting_guest WHERE meeting_id = ?"), id);
    n.items = raw.rows(
        QStringLiteral("SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position"), id);
    n.entries
        = raw.rows(QStringLiteral("SELECT e.* FROM minute_entry e JOIN agenda_item a ON a.id = "
                                  "e.agenda_item_id WHERE a.meeting_id = ?"),
            id);
    n.actions = raw.rows(QStringLiteral("SELECT * FROM team_action WHERE meeting_id = ?"), id);
    n.addenda = raw.rows(QStringLiteral("SELECT * FROM minutes_addendum WHERE meeting_id = ?"), id);
    n.nextClients
        = raw.rows(QStringLiteral("SELECT * FROM next_meeting_client WHERE meeting_id = ?"), id);
    n.closing = raw.rows(QStringLiteral("SELECT * FROM minutes_closing WHERE meeting_id = ?"), id);
    // As the program does: the objections to the notes and to the agenda
    // clients' assessments, and the corrections, in one read.
    const QVariantList remarks = raw.firstColumn(
        QStringLiteral("SELECT 'note' FROM objection o JOIN minute_entry e ON e.id = "
                       "o.minute_entry_id JOIN agenda_item a ON a.id = e.agenda_item_id "
                       "WHERE a.meeting_id = ? "
                       "UNION ALL SELECT 'assessment' FROM objection o WHERE "
                       "o.risk_assessment_id IS NOT NULL AND o.client_id IN "
                       "(SELECT client_id FROM agenda_item WHERE meeting_id = ?) "
                       "UNION ALL SELECT 'note' FROM note_correction c JOIN minute_entry e ON "
                       "e.id = c.minute_entry_id JOIN agenda_item a ON a.id = e.agenda_item_id "
                       "WHERE a.meeting_id = ?"),
        {meetingId, meetingId, meetingId});
    for (const QVariant &kind : remarks)
        n.remarks += kind.toString() == QLatin1String("note") ? 1 : 0;
    if (!expected.people.isEmpty())
        n.people = raw.rows(QStringLiteral("SELECT * FROM person WHERE id IN (%1)")
                                .arg(parameterMarks(expected.people.size())),
            expected.people);
    // The clients the minutes may name: the unit's, those it serves, and
    // those on the agenda, in the actions, among the guests and for the
    // next meeting (a samordningsmöte names clients of other units).
    // Looked up by one list of ids, as the program does: conditions joined
    // by OR test every client stored.
    n.clients = raw.rows(
        QStringLiteral("SELECT c.* FROM client c WHERE c.id IN "
                       "(SELECT id FROM client WHERE unit_id = "
                       "(SELECT unit_id FROM meeting WHERE id = ?) "
                       "UNION ALL SELECT client_id FROM client_serving_unit WHERE unit_id = "
                       "(SELECT unit_id FROM meeting WHERE id = ?) "
                       "UNION ALL SELECT client_id FROM agenda_item WHERE meeting_id = ? "
                       "UNION ALL SELECT client_id FROM team_action WHERE meeting_id = ? "
                       "UNION ALL SELECT client_id FROM meeting_guest WHERE meeting_id = ? "
                       "UNION ALL SELECT client_id FROM next_meeting_client WHERE meeting_id = ?)"),
        {meetingId, meetingId, meetingId, meetingId, meetingId, meetingId});
    const QString agendaClients
        = QStringLiteral("(SELECT DISTINCT client_id FROM agenda_item WHERE meeting_id = ?)");
    n.assessments = raw.rows(
        QStringLiteral("SELECT r.* FROM risk_assessment r WHERE r.client_id IN ") + agendaClients,
        id);
    n.answers = raw.rows(
        QStringLiteral("SELECT ra.* FROM risk_answer ra JOIN risk_assessment r ON r.id = "
                       "ra.assessment_id WHERE r.client_id IN ")
            + agendaClients,
        id);
    n.logged = rawLogReads(db, raw, expected.loggedClients, accessKindKey(AccessKind::Minutes),
        accessPurposeKey(AccessPurpose::MeetingMode), meetingId);
    return n;
}

// What opening a meeting reads: its minutes document and the risk status of
// every client on its agenda, with the reads logged (a first open in the
// session: the program logs a repeated read only after five minutes).
Expected programOpen(Workspace &workspace, qint64 meetingId, AccessPurpose purpose)
{
    const MinutesDocument document = loadMinutesDocument(workspace, meetingId, purpose);
    QSet<qint64> clients;
    for (const AgendaItem &item : document.items) {
        if (item.clientId > 0)
            clients.insert(item.clientId);
    }
    Expected expected;
    for (qint64 client : clients) {
        for (const RiskAssessment &assessment : workspace.risks().history(client)) {
            ++expected.assessments;
            expected.answers += assessment.answers.size() + assessment.notAssessed.size();
        }
    }
    for (qint64 person : document.people.keys())
        expected.people << person;
    QList<qint64> logged = document.nextMeetingClientIds;
    for (const AgendaItem &item : document.items)
        logged << item.clientId;
    for (const Action &action : document.actions)
        logged << action.clientId;
    for (const MeetingGuest &guest : document.guests)
        logged << guest.clientId;
    for (qint64 client : std::as_const(logged))
        if (client > 0 && !expected.loggedClients.contains(client))
            expected.loggedClients << client;
    expected.participants = document.participants.size();
    expected.guests = document.guests.size();
    expected.items = document.items.size();
    expected.entries = document.entries.size();
    expected.actions = document.actions.size();
    expected.addenda = document.addenda.size();
    expected.nextClients = document.nextMeetingClientIds.size();
    for (const auto &list : document.objections)
        expected.objectionsAndCorrections += list.size();
    for (const auto &list : document.corrections)
        expected.objectionsAndCorrections += list.size();
    expected.clients = document.clients.size();
    return expected;
}

// Fails loudly when the floor read other rows than the program.
void checkFloor(const RawCounts &n, const Expected &e)
{
    expectRows("meetings", n.meeting, 1);
    expectRows("units", n.unit, 1);
    expectRows("participants", n.participants, e.participants);
    expectRows("guests", n.guests, e.guests);
    expectRows("agenda items", n.items, e.items);
    expectRows("notes", n.entries, e.entries);
    expectRows("actions", n.actions, e.actions);
    expectRows("addenda", n.addenda, e.addenda);
    expectRows("next meeting's clients", n.nextClients, e.nextClients);
    expectRows("objections and corrections of notes", n.remarks, e.objectionsAndCorrections);
    expectRows("people", n.people, e.people.size());
    expectRows("clients", n.clients, e.clients);
    expectRows("risk assessments", n.assessments, e.assessments);
    expectRows("risk answers", n.answers, e.answers);
    expectRows("access-log entries", n.logged, e.loggedClients.size());
}
} // namespace

QJsonObject measureOpenMeeting(Workspace &workspace, int runs)
{
    constexpr int kPerRun = 20;
    // Every open is a meeting's first in the session, as a user's is: each
    // writes its reads to the access log, on both sides.
    const QList<qint64> meetings = sampleMeetings(workspace, kPerRun * runs);
    Database &db = workspace.database();
    RawStatements raw(db);
    QList<double> program;
    QList<double> floor;
    qsizetype logged = 0;
    for (int run = 0; run < runs; ++run) {
        for (qint64 id : meetings.mid(run * kPerRun, kPerRun)) {
            // What the floor must read, from the program's own reading (its
            // reads logged for another purpose, so the timed open logs too).
            const Expected expected = programOpen(workspace, id, AccessPurpose::CommandLine);
            const qint64 before = workspace.accessLog().lastId();
            program << timeMs([&] { programOpen(workspace, id, AccessPurpose::MeetingMode); });
            logged += expected.loggedClients.size();
            Query written(db, QStringLiteral("SELECT COUNT(*) FROM access_log WHERE id > ?"));
            written.bind(before).exec();
            expectRows("access-log entries written by the program",
                written.next() ? written.id(0) : 0, expected.loggedClients.size());
            RawCounts counts;
            floor << timeMs([&] { counts = rawOpen(db, raw, id, expected); });
            checkFloor(counts, expected);
        }
    }
    QJsonObject result = figure(program, floor, 20, 2);
    result.insert(QStringLiteral("accessLogEntriesWrittenEachSide"), static_cast<double>(logged));
    return result;
}

} // namespace tf::bench
