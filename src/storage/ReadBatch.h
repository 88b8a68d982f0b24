#pragma once

#include "storage/Query.h"

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tf {

class Database;

// What a read of a ReadBatch gives once the batch has run.
template <typename T> class Later
{
public:
    // The read's result; only after ReadBatch::exec() returned.
    const T &get() const { return **m_value; }
    T take() { return std::move(**m_value); }

private:
    friend class ReadBatch;
    explicit Later(std::shared_ptr<std::optional<T>> value)
        : m_value(std::move(value))
    { }
    std::shared_ptr<std::optional<T>> m_value;
};

// Several reads sent together. On PostgreSQL the statements go as one
// simple query, one round trip whatever their number, and each result's
// rows are kept until its reader reads them; on SQLite each statement runs
// through its kept prepared statement, one after the other, as before. A
// repository writes each read once, as a function that adds it to a batch;
// read alone it is a batch of one.
//
// With Transaction::Begin::WithFirstStatement pending, BEGIN goes in front
// of the batch's statements, in the same round trip.
class ReadBatch
{
public:
    explicit ReadBatch(Database &db);
    ~ReadBatch();
    ReadBatch(const ReadBatch &) = delete;
    ReadBatch &operator=(const ReadBatch &) = delete;

    // A statement of the batch: bind its values, then give it to read(). A
    // statement never given to read() runs all the same (a lock taken).
    Query &add(const QString &sql);
    // Reads the statement's rows with decode when the batch runs.
    template <typename T> Later<T> read(Query &query, std::function<T(Query &)> decode)
    {
        auto value = std::make_shared<std::optional<T>>();
        m_readers.push_back(
            [value, &query, decode = std::move(decode)] { value->emplace(decode(query)); });
        return Later<T>(value);
    }
    // A value made of the reads added before it, once they are read.
    template <typename T> Later<T> derive(std::function<T()> make)
    {
        auto value = std::make_shared<std::optional<T>>();
        m_readers.push_back([value, make = std::move(make)] { value->emplace(make()); });
        return Later<T>(value);
    }
    // Sends every statement added and reads every result; throws
    // StorageError when one fails (on PostgreSQL the rest then did not run).
    void exec();

private:
    void execTogether();
    void execOneByOne();

    Database &m_db;
    std::deque<Query> m_queries; // stable addresses, in the order sent
    std::vector<std::function<void()>> m_readers; // in the order added
};

// A read written for a batch, run alone: add(batch) returns its Later.
template <typename Add> auto readAlone(Database &db, Add &&add)
{
    ReadBatch batch(db);
    auto later = add(batch);
    batch.exec();
    return later.take();
}

} // namespace tf
