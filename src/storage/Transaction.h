#pragma once

#include <QString>

namespace tf {

class Database;
class Query;

// Begins a write transaction and rolls it back unless commit() was called,
// so an exception never leaves half a change behind.
//
// Transactions nest: one opened while another is open on the same
// connection is a savepoint inside it. A service wraps a whole user action
// (building an agenda, moving an item) in one Transaction, and the
// repository calls it makes join it: the action is saved whole or not at all.
class Transaction
{
public:
    // Inside an open transaction: a savepoint (a failed step can be undone
    // alone, two round trips to PostgreSQL), or joined without one (a failed
    // step makes the enclosing transaction roll back instead of commit).
    enum class Nesting { Savepoint, Join };
    // When the outermost transaction begins on PostgreSQL: at once, or with
    // its first statement, in the same round trip (Query and ReadBatch send
    // BEGIN in front of it). Only for a change whose every statement goes
    // through Query or ReadBatch; a transaction that sent nothing ends
    // without a round trip.
    enum class Begin { Now, WithFirstStatement };

    explicit Transaction(
        Database &db, Nesting nesting = Nesting::Savepoint, Begin begin = Begin::Now);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    // Runs the change's last statement and commits, on PostgreSQL in one
    // round trip. As last.exec() and then commit(), inside another
    // transaction too.
    void commitAfter(Query &last);

private:
    bool isOutermost() const { return m_savepoint.isEmpty() && !m_joined; }

    Database &m_db;
    bool m_joined = false;
    bool m_stepFailedBefore = false; // joinedStepFailed() when the savepoint was set
    QString m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

} // namespace tf
