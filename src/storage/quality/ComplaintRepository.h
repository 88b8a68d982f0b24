#pragma once

#include "domain/quality/Complaint.h"

#include <QList>
#include <optional>

namespace tf {

class Database;

// The klagomål och synpunkter (migration 021). Writes record the change for
// actorId.
class ComplaintRepository
{
public:
    explicit ComplaintRepository(Database &db);

    qint64 add(const Complaint &complaint, qint64 actorId);
    std::optional<Complaint> byId(qint64 id);
    // The unit's complaints (every unit's for unitId 0), open ones only when
    // openOnly, oldest received first.
    QList<Complaint> list(qint64 unitId, bool openOnly);
    // Records the feedback given and closes the complaint.
    void recordFeedback(qint64 id, const QString &feedback, const QDate &on, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
