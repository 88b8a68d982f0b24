#pragma once

#include "domain/Meeting.h"

#include <QList>
#include <QString>

namespace tf {

class Workspace;

// The one door for changing a meeting's agenda. The chair's agenda, the
// contact person's "bring to a meeting", the agenda builder and the command
// line all add, change, move and remove items here, so the rules hold
// whichever path is taken:
// - a client is put on an agenda only where the meeting may take the client
//   up (a samordningsmöte needs consent for sharing with other care
//   providers on the meeting's day);
// - each call is one transaction: a failure leaves nothing half done;
// - locked minutes refuse every change (the database refuses it too).
// Refusals are StorageError::Kind::Refused with the reason in Swedish.
class AgendaService
{
public:
    explicit AgendaService(Workspace &workspace);

    QList<AgendaItem> items(qint64 meetingId);

    // Why the client cannot be taken up at the meeting, in Swedish; empty
    // when the client may.
    QString clientRefusal(qint64 meetingId, qint64 clientId);

    // Appends the item (or puts it at item.position); returns its id.
    qint64 add(const AgendaItem &item);
    void update(const AgendaItem &item);
    void remove(qint64 itemId);
    // Moves the item `delta` places (-1 up, +1 down) and renumbers the rest.
    void move(qint64 itemId, int delta);
    // Numbers the meeting's items in this order; ids not named keep their
    // relative order after the named ones.
    void reorder(qint64 meetingId, const QList<qint64> &itemIds);

private:
    void refuseClient(qint64 meetingId, qint64 clientId);
    void renumber(QList<AgendaItem> items);

    Workspace &m_workspace;
};

} // namespace tf
