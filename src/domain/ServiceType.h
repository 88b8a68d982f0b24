#pragma once

#include <QList>
#include <QString>

namespace tf {

// The verksamheter of the routine (seed 000, section 3), plus the
// cross-organisational samordning of seed 001.
enum class ServiceType {
    Sabo,
    OrdinartBoende,
    Gruppbostad,
    DagligVerksamhet,
    PersonligAssistans,
    Boendestod,
    Samordning,
};

const QList<ServiceType> &allServiceTypes();
QString serviceTypeKey(ServiceType type);
// Returns false when the key names no service type.
bool serviceTypeFromKey(const QString &key, ServiceType *type);
// The Swedish name shown to users, e.g. "Särskilt boende och korttid".
QString serviceTypeDisplayName(ServiceType type);

// The forum keys used in templates and on the command line.
const QStringList &forumKeys();
bool isForumKey(const QString &key);

} // namespace tf
