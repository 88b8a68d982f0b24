#pragma once

#include "domain/Action.h"

#include <QHash>
#include <QListWidget>

namespace tf {

// The actions decided under one agenda item: what, who and by when.
class ItemActionsList : public QListWidget
{
    Q_OBJECT
public:
    explicit ItemActionsList(QWidget *parent = nullptr);

    // Lists the actions decided under the item (MeetingActions::decidedUnder)
    // with the names of those responsible.
    void showActions(const QList<Action> &decided, const QHash<qint64, QString> &names);
};

} // namespace tf
