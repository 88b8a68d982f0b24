#include "services/retention/ProviderSetting.h"

#include "services/Workspace.h"
#include "storage/OrganisationSettings.h"

namespace tf {

namespace {
const QString kProviderKey = QStringLiteral("retention_provider");
}

CareProvider organisationProvider(Workspace &workspace)
{
    CareProvider provider = CareProvider::Municipal;
    careProviderFromKey(OrganisationSettings(workspace.database()).value(kProviderKey), &provider);
    return provider;
}

void setOrganisationProvider(Workspace &workspace, CareProvider provider)
{
    OrganisationSettings(workspace.database())
        .setValue(kProviderKey, careProviderKey(provider), workspace.actorId());
}

} // namespace tf
