#include "services/ReadsBeside.h"

#include "services/Workspace.h"
#include "services/WorkspaceBeside.h"
#include "storage/Database.h"

namespace tf {

ReadsBeside::ReadsBeside(Workspace &workspace)
    : m_given(workspace)
{
    if (workspace.database().isPostgres())
        m_own = std::make_unique<WorkspaceBeside>(
            workspace.database(), QStringLiteral("ReadsBeside"));
}

ReadsBeside::~ReadsBeside() = default;

void ReadsBeside::run(
    std::function<void(Workspace &)> job, std::function<void(const StorageError &)> failed)
{
    if (m_own)
        m_own->post(m_given.actorId(), std::move(job), std::move(failed));
    else
        job(m_given);
}

void ReadsBeside::connectSoon()
{
    if (m_own)
        m_own->connectSoon();
}

bool ReadsBeside::isOwnSession(int backendPid) const
{
    return m_own && m_own->isOwnSession(backendPid);
}

} // namespace tf
