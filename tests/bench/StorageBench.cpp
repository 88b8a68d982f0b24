#include "StorageBench.h"

#include "Stats.h"
#include "services/MinutesDocument.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/care/RiskRepository.h"

#include <QHash>
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

void readAll(QSqlDatabase &db, const char *sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.exec();
    while (query.next()) { }
}

// The same rows the program reads, as plain statements. The people named in
// the minutes are found by the program from the rows it read; the raw reads
// get the same ids, worked out beforehand.
void rawOpen(QSqlDatabase &db, qint64 meetingId, const QVariantList &namedPeople)
{
    const QVariantList id {meetingId};
    readAll(db, "SELECT * FROM meeting WHERE id = ?", id);
    readAll(db, "SELECT u.* FROM unit u JOIN meeting m ON m.unit_id = u.id WHERE m.id = ?", id);
    readAll(db,
        "SELECT t.name FROM forum_template t JOIN meeting m ON m.template_id = t.id "
        "WHERE m.id = ?",
        id);
    readAll(db, "SELECT * FROM participant WHERE meeting_id = ?", id);
    readAll(db, "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position", id);
    readAll(db,
        "SELECT e.* FROM minute_entry e JOIN agenda_item a ON a.id = e.agenda_item_id "
        "WHERE a.meeting_id = ?",
        id);
    readAll(db, "SELECT * FROM team_action WHERE meeting_id = ?", id);
    readAll(db, "SELECT * FROM minutes_addendum WHERE meeting_id = ?", id);
    readAll(db, "SELECT * FROM next_meeting_client WHERE meeting_id = ?", id);
    readAll(db, "SELECT * FROM minutes_closing WHERE meeting_id = ?", id);
    if (!namedPeople.isEmpty())
        readAll(db,
            qPrintable(QStringLiteral("SELECT * FROM person WHERE id IN (%1)")
                           .arg(parameterMarks(namedPeople.size()))),
            namedPeople);
    readAll(
        db, "SELECT c.* FROM client c JOIN meeting m ON m.unit_id = c.unit_id WHERE m.id = ?", id);
    readAll(db,
        "SELECT r.* FROM risk_assessment r JOIN agenda_item a ON a.client_id = r.client_id "
        "WHERE a.meeting_id = ?",
        id);
}

// What opening a meeting reads: its minutes document and the risk status of
// every client on its agenda.
void programOpen(Workspace &workspace, qint64 meetingId)
{
    const MinutesDocument document
        = loadMinutesDocument(workspace, meetingId, AccessPurpose::MeetingMode);
    QSet<qint64> clients;
    for (const AgendaItem &item : document.items) {
        if (item.clientId > 0)
            clients.insert(item.clientId);
    }
    for (qint64 client : clients)
        workspace.risks().history(client);
}
} // namespace

QJsonObject measureOpenMeeting(Workspace &workspace, int runs)
{
    const QList<qint64> meetings = sampleMeetings(workspace, 20);
    QHash<qint64, QVariantList> named;
    for (qint64 id : meetings) {
        for (qint64 person :
            loadMinutesDocument(workspace, id, AccessPurpose::MeetingMode).people.keys())
            named[id] << person;
    }
    QList<double> program;
    QList<double> raw;
    for (int run = 0; run < runs; ++run) {
        for (qint64 id : meetings) {
            program << timeMs([&] { programOpen(workspace, id); });
            raw << timeMs([&] { rawOpen(workspace.database().connection(), id, named.value(id)); });
        }
    }
    return figure(program, raw, 20, 2);
}

} // namespace tf::bench
