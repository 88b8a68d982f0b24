#pragma once

#include "domain/Person.h"
#include "domain/TeamPlanning.h"

#include <QList>
#include <QString>

namespace tf {

class Workspace;

// The fixed team of each forum of a unit, and staff added to it on the
// spot. Each change is one transaction recorded for the signed-in person.
class UnitTeams
{
public:
    explicit UnitTeams(Workspace &workspace);

    QList<TeamMember> members(qint64 unitId, const QString &forum);
    // Replaces the forum's team with `members`.
    void setMembers(qint64 unitId, const QString &forum, const QList<TeamMember> &members);
    // Saves the team as ticked and adds the new person, together or not at
    // all; returns the person's id.
    qint64 addPerson(qint64 unitId, const QString &forum, const QList<TeamMember> &members,
        const Person &person);

private:
    Workspace &m_workspace;
};

} // namespace tf
