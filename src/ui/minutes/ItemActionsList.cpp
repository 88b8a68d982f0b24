#include "ui/minutes/ItemActionsList.h"

namespace tf {

ItemActionsList::ItemActionsList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("itemActionsListWidget"));
    setAccessibleName(tr("Actions decided under this item"));
    setMaximumHeight(140);
}

void ItemActionsList::showActions(const QList<Action> &decided, const QHash<qint64, QString> &names)
{
    clear();
    for (const Action &action : decided) {
        QString text
            = QStringLiteral("%1 – %2").arg(action.what, names.value(action.responsibleId));
        if (action.dueDate.isValid())
            text += tr(", by %1").arg(action.dueDate.toString(Qt::ISODate));
        if (action.followUpDays > 0)
            text += tr(", follow-up after %n days", nullptr, action.followUpDays);
        addItem(text);
    }
}

} // namespace tf
