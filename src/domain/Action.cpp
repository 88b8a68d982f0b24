#include "domain/Action.h"

namespace tf {

QString actionStatusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Done:
        return QStringLiteral("Klar");
    case ActionStatus::Cancelled:
        return QStringLiteral("Ångrad");
    case ActionStatus::Open:
        break;
    }
    return QStringLiteral("Öppen");
}

QString actionStatusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Cancelled:
        return QStringLiteral("cancelled");
    case ActionStatus::Open:
        break;
    }
    return QStringLiteral("open");
}

ActionStatus actionStatusFromKey(const QString &key)
{
    if (key == QLatin1String("done"))
        return ActionStatus::Done;
    if (key == QLatin1String("cancelled"))
        return ActionStatus::Cancelled;
    return ActionStatus::Open;
}

} // namespace tf
