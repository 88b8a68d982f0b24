#include "services/chair/UnitTeams.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "storage/PersonRepository.h"
#include "storage/TeamRepository.h"
#include "storage/Transaction.h"

namespace tf {

UnitTeams::UnitTeams(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<TeamMember> UnitTeams::members(qint64 unitId, const QString &forum)
{
    return m_workspace.teams().members(unitId, forum);
}

void UnitTeams::setMembers(qint64 unitId, const QString &forum, const QList<TeamMember> &members)
{
    Transaction transaction(m_workspace.database());
    m_workspace.teams().setMembers(unitId, forum, members, m_workspace.actorId());
    transaction.commit();
}

qint64 UnitTeams::addPerson(
    qint64 unitId, const QString &forum, const QList<TeamMember> &members, const Person &person)
{
    Transaction transaction(m_workspace.database());
    m_workspace.teams().setMembers(unitId, forum, members, m_workspace.actorId());
    const qint64 id = m_workspace.directory().createPerson(person);
    transaction.commit();
    return id;
}

} // namespace tf
