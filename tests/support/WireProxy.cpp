#include "WireProxy.h"

#include <QByteArray>
#include <QStringList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <list>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace tf::test {

namespace {
using Clock = std::chrono::steady_clock;

constexpr std::uint32_t kSslRequest = 80877103;
constexpr std::uint32_t kGssEncRequest = 80877104;

std::uint32_t bigEndian32(const unsigned char *bytes)
{
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16)
        | (std::uint32_t(bytes[2]) << 8) | std::uint32_t(bytes[3]);
}

// Reads the frontend side of the protocol as it streams past and counts the
// messages that each wait for the server's answer.
class FrontendCounter
{
public:
    FrontendCounter(std::atomic<long> &roundTrips, std::mutex &sentMutex, QStringList &sent)
        : m_roundTrips(roundTrips)
        , m_sentMutex(sentMutex)
        , m_sent(sent)
    { }

    void feed(const unsigned char *data, size_t size)
    {
        size_t at = 0;
        while (at < size) {
            if (m_skip > 0) {
                const size_t step = std::min(m_skip, size - at);
                if (m_keeping)
                    m_text.append(reinterpret_cast<const char *>(data + at), int(step));
                m_skip -= step;
                at += step;
                if (m_skip == 0 && m_keeping)
                    keepSent();
                continue;
            }
            m_header.push_back(data[at++]);
            const size_t headerSize = m_startup ? 8 : 5;
            if (m_header.size() < headerSize)
                continue;
            if (m_startup) {
                // Untyped: length, then a code (SSL/GSS request or protocol).
                const std::uint32_t length = bigEndian32(m_header.data());
                const std::uint32_t code = bigEndian32(m_header.data() + 4);
                m_skip = length > 8 ? length - 8 : 0;
                m_startup = code == kSslRequest || code == kGssEncRequest;
            } else {
                const char type = static_cast<char>(m_header[0]);
                const std::uint32_t length = bigEndian32(m_header.data() + 1);
                m_skip = length > 4 ? length - 4 : 0;
                if (type == 'Q' || type == 'S' || type == 'F')
                    ++m_roundTrips;
                // A simple query's text, for a report of what was sent.
                m_keeping = type == 'Q' && m_skip > 0;
                m_text.clear();
            }
            m_header.clear();
        }
    }

private:
    void keepSent()
    {
        m_keeping = false;
        std::lock_guard<std::mutex> lock(m_sentMutex);
        m_sent << QString::fromUtf8(m_text.chopped(1)); // without its NUL
    }

    std::atomic<long> &m_roundTrips;
    std::mutex &m_sentMutex;
    QStringList &m_sent;
    std::vector<unsigned char> m_header;
    size_t m_skip = 0;
    bool m_startup = true;
    bool m_keeping = false;
    QByteArray m_text;
};

// One direction of one connection: a reader that stamps each chunk with
// when it may leave, and a writer that sends it then.
class Direction
{
public:
    Direction(int from, int to, WireProxy::State &state, FrontendCounter *counter)
        : m_from(from)
        , m_to(to)
        , m_state(state)
        , m_counter(counter)
    { }

    void start()
    {
        m_reader = std::thread([this] { read(); });
        m_writer = std::thread([this] { write(); });
    }

    void join()
    {
        m_reader.join();
        m_writer.join();
    }

    void stop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_ready.notify_all();
    }

private:
    void read();
    void write();

    struct Chunk
    {
        Clock::time_point due;
        std::vector<unsigned char> bytes;
    };

    int m_from;
    int m_to;
    WireProxy::State &m_state;
    FrontendCounter *m_counter;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Chunk> m_chunks;
    bool m_closed = false;
    std::thread m_reader;
    std::thread m_writer;
};

struct Connection
{
    int client = -1;
    int server = -1;
    std::unique_ptr<FrontendCounter> counter;
    std::unique_ptr<Direction> up;
    std::unique_ptr<Direction> down;
};
} // namespace

struct WireProxy::State
{
    QString serverHost;
    int serverPort = 0;
    int listener = -1;
    int port = 0;
    std::atomic<bool> stopping {false};
    std::atomic<long> roundTrips {0};
    std::atomic<long> accepted {0};
    std::atomic<long long> delayMicroseconds {0};
    std::mutex sentMutex;
    QStringList sent;
    std::mutex connectionsMutex;
    std::list<Connection> connections;
    std::thread acceptor;

    void acceptLoop();
    void closeAll();
};

namespace {
void Direction::read()
{
    std::vector<unsigned char> buffer(64 * 1024);
    while (true) {
        const ssize_t got = ::recv(m_from, buffer.data(), buffer.size(), 0);
        if (got <= 0)
            break;
        if (m_counter)
            m_counter->feed(buffer.data(), size_t(got));
        const auto due = Clock::now() + std::chrono::microseconds(m_state.delayMicroseconds.load());
        std::lock_guard<std::mutex> lock(m_mutex);
        m_chunks.push_back({due, {buffer.begin(), buffer.begin() + got}});
        m_ready.notify_all();
    }
    stop();
}

void Direction::write()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_ready.wait(lock, [this] { return m_closed || !m_chunks.empty(); });
        if (m_chunks.empty())
            break; // closed and everything sent
        Chunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        lock.unlock();
        std::this_thread::sleep_until(chunk.due);
        size_t sent = 0;
        while (sent < chunk.bytes.size()) {
            const ssize_t put
                = ::send(m_to, chunk.bytes.data() + sent, chunk.bytes.size() - sent, MSG_NOSIGNAL);
            if (put <= 0)
                break;
            sent += size_t(put);
        }
        lock.lock();
    }
    lock.unlock();
    // The other side learns that this side has finished.
    ::shutdown(m_to, SHUT_WR);
}

int connectTo(const QString &host, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    ::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void noDelay(int fd)
{
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}
} // namespace

void WireProxy::State::acceptLoop()
{
    while (!stopping) {
        pollfd waiting {listener, POLLIN, 0};
        if (::poll(&waiting, 1, 100) <= 0)
            continue;
        const int client = ::accept(listener, nullptr, nullptr);
        if (client < 0)
            continue;
        const int server = connectTo(serverHost, serverPort);
        if (server < 0) {
            ::close(client);
            continue;
        }
        noDelay(client);
        noDelay(server);
        ++accepted;
        std::lock_guard<std::mutex> lock(connectionsMutex);
        Connection &connection = connections.emplace_back();
        connection.client = client;
        connection.server = server;
        connection.counter = std::make_unique<FrontendCounter>(roundTrips, sentMutex, sent);
        connection.up
            = std::make_unique<Direction>(client, server, *this, connection.counter.get());
        connection.down = std::make_unique<Direction>(server, client, *this, nullptr);
        connection.up->start();
        connection.down->start();
    }
}

void WireProxy::State::closeAll()
{
    std::lock_guard<std::mutex> lock(connectionsMutex);
    for (Connection &connection : connections) {
        ::shutdown(connection.client, SHUT_RDWR);
        ::shutdown(connection.server, SHUT_RDWR);
        connection.up->stop();
        connection.down->stop();
    }
    for (Connection &connection : connections) {
        connection.up->join();
        connection.down->join();
        ::close(connection.client);
        ::close(connection.server);
    }
    connections.clear();
}

WireProxy::WireProxy(const QString &serverHost, int serverPort)
    : m_state(std::make_shared<State>())
{
    m_state->serverHost = serverHost;
    m_state->serverPort = serverPort;
    m_state->listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (::bind(m_state->listener, reinterpret_cast<sockaddr *>(&address), size) != 0
        || ::listen(m_state->listener, 16) != 0
        || ::getsockname(m_state->listener, reinterpret_cast<sockaddr *>(&address), &size) != 0)
        throw std::runtime_error("the relay could not listen on 127.0.0.1");
    m_state->port = ntohs(address.sin_port);
    m_state->acceptor = std::thread([state = m_state.get()] { state->acceptLoop(); });
}

WireProxy::~WireProxy()
{
    m_state->stopping = true;
    m_state->acceptor.join();
    ::close(m_state->listener);
    m_state->closeAll();
}

int WireProxy::port() const
{
    return m_state->port;
}

void WireProxy::setDelayEachWay(std::chrono::microseconds delay)
{
    m_state->delayMicroseconds = delay.count();
}

long WireProxy::roundTrips() const
{
    return m_state->roundTrips;
}

long WireProxy::connectionsAccepted() const
{
    return m_state->accepted;
}

void WireProxy::resetCounts()
{
    m_state->roundTrips = 0;
    std::lock_guard<std::mutex> lock(m_state->sentMutex);
    m_state->sent.clear();
}

QStringList WireProxy::simpleQueriesSent() const
{
    std::lock_guard<std::mutex> lock(m_state->sentMutex);
    return m_state->sent;
}

} // namespace tf::test
