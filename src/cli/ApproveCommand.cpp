#include "cli/ApproveCommand.h"
#include "cli/CliOptions.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

namespace {
// The first line of standard input, without its line end; the code is never
// an argument, which the process list and the shell's history would show.
QString codeFromStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    QString line = QString::fromUtf8(input.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}
} // namespace

int runApprove(CliContext &context)
{
    qint64 meetingId = 0;
    if (!idOf(context, QStringLiteral("meeting"), &meetingId))
        return 2;
    auto workspace = openWorkspace(context);
    const qint64 approverId = workspace->actorId();
    if (approverId <= 0) {
        context.err << QStringLiteral("Ange vem som justerar med --as ID (SQLite), eller justera "
                                      "med en inloggning som är kopplad till en person "
                                      "(PostgreSQL).")
                    << Qt::endl;
        return 2;
    }
    MeetingMinutes minutes(*workspace);
    const QString code = minutes.approvalAsksForCode() ? codeFromStandardInput() : QString();
    minutes.approve(meetingId, approverId, code);
    const MinutesClosing closing = minutes.closing(meetingId);
    const auto approver = workspace->directory().person(approverId);
    context.out << QString::fromUtf8(QJsonDocument(
        QJsonObject {{QStringLiteral("meeting"), meetingId},
            {QStringLiteral("approvedBy"), approverId},
            {QStringLiteral("approvedByName"), approver ? approver->name : QString()},
            {QStringLiteral("approvedAt"), utcIso(closing.approvedUtc)},
            {QStringLiteral("locked"),
                closing.locked}}).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tf
