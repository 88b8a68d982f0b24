#pragma once

#include "domain/Meeting.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace tf {

class Workspace;

// Fills a meeting's agenda: the forum's fixed agenda, the clients agreed at
// the previous meeting, the clients of the rotation (teammöten), and the
// actions whose follow-up is due, the unit's open handlingsplaner followed
// up at this forum (one item each, until signed off), and at an APT the
// unit's open complaints and suggestions (one item) and the month's årshjul
// topics. Items members added stay. Building twice
// adds nothing twice. A build is one transaction, and every item goes in
// through AgendaService, so its rules hold for built agendas too.
class AgendaBuilder
{
public:
    explicit AgendaBuilder(Workspace &workspace);

    struct Result
    {
        QList<qint64> rotationClients; // picked (or kept) for this meeting
        QList<qint64> agreedClients; // agreed at the previous meeting
        QList<qint64> followUpActions; // actions due back
        int added = 0; // new agenda items
        // Clients the meeting may not take up (no consent for a
        // samordningsmöte), with the reason in Swedish; left off the agenda.
        QList<QPair<qint64, QString>> refusedClients;
    };

    Result build(qint64 meetingId);
    // The chair overrides the rotation: these clients, in this order.
    // Client items of clients no longer picked are removed unless a member
    // raised them.
    Result overrideRotation(qint64 meetingId, const QList<qint64> &clientIds);

    static QString followUpTitle(const QString &what);
    static QString clientTitle(const QString &name, const QString &apartment);

private:
    Workspace &m_workspace;
};

} // namespace tf
