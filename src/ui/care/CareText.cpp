#include "ui/care/CareText.h"

#include "services/Workspace.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"

#include <QTimeZone>

namespace tf {

QString localDateTimeText(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString meetingLabel(Workspace &workspace, const Meeting &meeting)
{
    const QString forum
        = meeting.templateId != 0 ? workspace.templates().nameOf(meeting.templateId) : QString();
    return QStringLiteral("%1 %2").arg(localDateTimeText(meeting.startUtc), forum).trimmed();
}

QString personName(Workspace &workspace, qint64 personId)
{
    if (personId == 0)
        return {};
    const auto person = workspace.people().byId(personId);
    return person ? person->name : QString();
}

} // namespace tf
