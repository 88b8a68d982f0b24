#pragma once

#include "domain/ServiceType.h"

#include <QString>

namespace tf {

// An avdelning, grupp or boende under a verksamhet: "Avdelning 2, Solgården".
struct Unit
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    ServiceType serviceType = ServiceType::Sabo;
    QString name;
    qint64 parentId = 0; // 0 when the unit stands alone
};

} // namespace tf
