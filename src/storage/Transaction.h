#pragma once

namespace tf {

class Database;

// Begins a write transaction and rolls it back unless commit() was called,
// so an exception never leaves half a change behind.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace tf
