#pragma once

#include "domain/Action.h"
#include "domain/Client.h"

#include <QDate>
#include <QList>

namespace tf {

class Workspace;

// Clients who move, die or whose insats ends otherwise: the end date and
// its reason, and the open actions about them that are left to close.
class InsatsEnds
{
public:
    explicit InsatsEnds(Workspace &workspace);

    // Sets the first day without the insats and why ("flyttat", "avlidit",
    // "avslutad"); an invalid date takes the end back. From that day the
    // client leaves the rotation, the agenda suggestions and the
    // current-client lists. Returns the client as stored. Throws
    // StorageError with a Swedish message for an unknown client or reason,
    // and Kind::Conflict when the client changed since `version` was read
    // (0: no check). The actions in closeActionIds are closed in the same
    // step (see closeActions).
    Client endInsats(qint64 clientId, const QDate &endsOn, const QString &reason, int version = 0,
        const QList<qint64> &closeActionIds = {});

    // The open actions about the client (named for them or decided on an
    // agenda item about them), oldest first.
    QList<Action> openActionsAbout(qint64 clientId);

    // Closes the open actions, all or nothing: they are marked done now, by
    // the signed-in person, which approved minutes allow (cancelling would
    // undo the decision itself). Returns how many were closed.
    int closeActions(const QList<qint64> &actionIds);

private:
    Workspace &m_workspace;
};

} // namespace tf
