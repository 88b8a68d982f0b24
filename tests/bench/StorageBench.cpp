#include "StorageBench.h"

#include "Stats.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"

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

// The same rows the program reads, as plain statements.
void rawOpen(QSqlDatabase &db, qint64 meetingId)
{
    const char *const statements[] = {
        "SELECT * FROM meeting WHERE id = ?",
        "SELECT * FROM participant WHERE meeting_id = ?",
        "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position",
        "SELECT m.* FROM minute_entry m JOIN agenda_item a ON a.id = m.agenda_item_id "
        "WHERE a.meeting_id = ?",
        "SELECT * FROM team_action WHERE meeting_id = ?",
    };
    for (const char *sql : statements) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(meetingId);
        query.exec();
        while (query.next()) {
        }
    }
}

void programOpen(Workspace &workspace, qint64 meetingId)
{
    workspace.meetings().byId(meetingId);
    workspace.meetings().participants(meetingId);
    workspace.meetings().agendaItems(meetingId);
    workspace.actions().byMeeting(meetingId);
}
} // namespace

QJsonObject measureOpenMeeting(Workspace &workspace, int runs)
{
    const QList<qint64> meetings = sampleMeetings(workspace, 20);
    QList<double> program;
    QList<double> raw;
    for (int run = 0; run < runs; ++run) {
        for (qint64 id : meetings) {
            program << timeMs([&] { programOpen(workspace, id); });
            raw << timeMs([&] { rawOpen(workspace.database().connection(), id); });
        }
    }
    return figure(program, raw, 20, 2);
}

} // namespace tf::bench
