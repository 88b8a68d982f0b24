#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>

namespace tf::test {

// A TCP relay on 127.0.0.1 in front of a PostgreSQL server. It counts the
// round trips its clients ask for (each simple query, each Sync of the
// extended protocol, each function call) by reading the frontend messages of
// PostgreSQL's wire protocol, and can hold every chunk for a fixed delay in
// each direction, as a network across town would.
// Connections through it must not use TLS (see ThroughRelay.h): the counter
// has to read the messages.
class WireProxy
{
public:
    WireProxy(const QString &serverHost, int serverPort);
    ~WireProxy();
    WireProxy(const WireProxy &) = delete;
    WireProxy &operator=(const WireProxy &) = delete;

    int port() const;

    void setDelayEachWay(std::chrono::microseconds delay);
    long roundTrips() const;
    long connectionsAccepted() const;
    void resetCounts();
    // The text of each simple query since the last reset (Qt's PostgreSQL
    // driver sends PREPARE and EXECUTE as simple queries), to show what an
    // action sent when it goes over its budget.
    QStringList simpleQueriesSent() const;

    struct State;

private:
    std::shared_ptr<State> m_state;
};

// The round trips `work` asked of the server through `proxy`.
template <typename Work> long roundTripsOf(WireProxy &proxy, Work &&work)
{
    proxy.resetCounts();
    work();
    return proxy.roundTrips();
}

} // namespace tf::test
