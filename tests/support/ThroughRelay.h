#pragma once

#include "storage/ConnectionSpec.h"
#include "support/WireProxy.h"

namespace tf::test {

// The same database reached through the relay: its host and port, and no
// TLS, so that the relay can read the messages it counts.
inline ConnectionSpec throughRelay(ConnectionSpec spec, const WireProxy &relay)
{
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = relay.port();
    spec.moreServers.clear();
    spec.options += spec.options.isEmpty() ? QStringLiteral("sslmode=disable")
                                           : QStringLiteral(";sslmode=disable");
    return spec;
}

} // namespace tf::test
