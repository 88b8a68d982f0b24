#pragma once

#include <QListWidget>

namespace tf {

class Workspace;

// The actions decided under one agenda item: what, who and by when.
class ItemActionsList : public QListWidget
{
    Q_OBJECT
public:
    explicit ItemActionsList(Workspace &workspace, QWidget *parent = nullptr);

    // Lists the item's actions that are not cancelled; 0: none.
    void showItem(qint64 meetingId, qint64 agendaItemId);

private:
    Workspace &m_workspace;
};

} // namespace tf
