#include "domain/ForumTemplate.h"

namespace tf {

QString locationKindKey(LocationKind kind)
{
    switch (kind) {
    case LocationKind::Digital:
        return QStringLiteral("digital");
    case LocationKind::Room:
        return QStringLiteral("room");
    case LocationKind::Ward:
        return QStringLiteral("ward");
    case LocationKind::Unspecified:
        break;
    }
    return QStringLiteral("unspecified");
}

LocationKind locationKindFromKey(const QString &key)
{
    if (key == QLatin1String("digital"))
        return LocationKind::Digital;
    if (key == QLatin1String("room"))
        return LocationKind::Room;
    if (key == QLatin1String("ward"))
        return LocationKind::Ward;
    return LocationKind::Unspecified;
}

QString ForumTemplate::validationError() const
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("Mötesforumet måste ha ett namn.");
    if (!isForumKey(forum))
        return QStringLiteral("Okänd typ av mötesforum: %1.").arg(forum);
    if (!rrule.startsWith(QLatin1String("FREQ=")))
        return QStringLiteral("Intervallet måste anges.");
    if (timesPerDay < 1 || timesPerDay > 4)
        return QStringLiteral("Antal tillfällen per dag ska vara mellan 1 och 4.");
    if (minMinutes <= 0)
        return QStringLiteral("Tidsåtgången måste vara minst en minut.");
    if (maxMinutes < minMinutes)
        return QStringLiteral("Längsta tid kan inte vara kortare än kortaste tid.");
    if (maxMinutes > 8 * 60)
        return QStringLiteral("Ett möte kan inte vara längre än åtta timmar.");
    for (const auto &participant : participants) {
        if (participant.role.trimmed().isEmpty())
            return QStringLiteral("Varje medverkande roll måste ha ett namn.");
    }
    for (const auto &item : agenda) {
        if (item.title.trimmed().isEmpty())
            return QStringLiteral("Varje punkt på dagordningen måste ha en rubrik.");
    }
    return {};
}

const QList<IntervalChoice> &intervalChoices()
{
    static const QList<IntervalChoice> choices = {
        {QStringLiteral("FREQ=DAILY"), QStringLiteral("Dagligen")},
        {QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"), QStringLiteral("Vardagar")},
        {QStringLiteral("FREQ=WEEKLY"), QStringLiteral("Varje vecka")},
        {QStringLiteral("FREQ=WEEKLY;INTERVAL=2"), QStringLiteral("Varannan vecka")},
        {QStringLiteral("FREQ=MONTHLY"), QStringLiteral("En gång i månaden")},
        // The APT: ten a year, none in July and December.
        {QStringLiteral("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,8,9,10,11"),
            QStringLiteral("Tio gånger om året (ej juli och december)")},
        {QStringLiteral("FREQ=MONTHLY;INTERVAL=3"), QStringLiteral("Var tredje månad")},
        {QStringLiteral("FREQ=MONTHLY;INTERVAL=6"), QStringLiteral("Var sjätte månad")},
        {QStringLiteral("FREQ=YEARLY"), QStringLiteral("En gång om året")},
    };
    return choices;
}

QString intervalLabel(const QString &rrule)
{
    for (const auto &choice : intervalChoices()) {
        if (choice.rrule == rrule)
            return choice.label;
    }
    return rrule;
}

} // namespace tf
