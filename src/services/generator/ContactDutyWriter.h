#pragma once

#include "services/generator/MeetingWriter.h"

namespace tf {

// The contact person's duties in generated data (docs/contact-person-
// duties.md): each client's moving-in day (the insats's start) and the
// genomförandeplan's steps after it, most in time, some late or missing, so
// the lists show due and overdue plans; and a few clients or relatives
// invited to coming meetings (meeting_guest). Bulk rows and one statement,
// in the caller's transaction.
class ContactDutyWriter
{
public:
    explicit ContactDutyWriter(GeneratorContext &context);
    ~ContactDutyWriter();

    void writeCarePlans(const GeneratedUnit &unit);
    // Invites the client (or a relative) of about one client item in forty
    // on the meetings not yet held; one statement. Returns the rows added.
    qint64 inviteGuests();
    void flush();
    qint64 steps() const;

private:
    int below(int count)
    {
        return static_cast<int>(m_context.random() % static_cast<quint64>(count));
    }

    GeneratorContext &m_context;
    std::unique_ptr<BulkInserter> m_admissions;
    std::unique_ptr<BulkInserter> m_steps;
};

} // namespace tf
