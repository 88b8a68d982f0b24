#include "ui/care/CareText.h"

#include "services/Directory.h"

#include <QTimeZone>

namespace tf {

QString localDateTimeText(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString meetingLabel(Workspace &workspace, const Meeting &meeting)
{
    const QString forum = meeting.templateId != 0
        ? Directory(workspace).templateName(meeting.templateId)
        : QString();
    return meetingLabel(meeting, forum);
}

QString meetingLabel(const Meeting &meeting, const QString &forum)
{
    return QStringLiteral("%1 %2").arg(localDateTimeText(meeting.startUtc), forum).trimmed();
}

QString personName(Workspace &workspace, qint64 personId)
{
    if (personId == 0)
        return {};
    const auto person = Directory(workspace).person(personId);
    return person ? person->name : QString();
}

} // namespace tf
