#include "services/generator/ContactDutyWriter.h"

#include "storage/BulkInserter.h"
#include "storage/Query.h"

namespace tf {

ContactDutyWriter::ContactDutyWriter(GeneratorContext &context)
    : m_context(context)
    , m_admissions(std::make_unique<BulkInserter>(context.db, QStringLiteral("client_admission"),
          QStringList {QStringLiteral("client_id"), QStringLiteral("moved_in_on"),
              QStringLiteral("updated_at"), QStringLiteral("updated_by")}))
    , m_steps(std::make_unique<BulkInserter>(context.db, QStringLiteral("care_plan_event"),
          QStringList {QStringLiteral("client_id"), QStringLiteral("kind"),
              QStringLiteral("occurred_on"), QStringLiteral("done"), QStringLiteral("recorded_at"),
              QStringLiteral("recorded_by")}))
{ }

ContactDutyWriter::~ContactDutyWriter() = default;

void ContactDutyWriter::writeCarePlans(const GeneratedUnit &unit)
{
    const QDate last = m_context.lastDay;
    const auto day = [](const QDate &date) { return date.toString(Qt::ISODate); };
    const auto at = [](const QDate &date) {
        return date.startOfDay(Qt::UTC).addSecs(10 * 3600).toString(Qt::ISODate);
    };
    for (const GeneratedClient &client : unit.clients) {
        // Moved in over the last four years; a few in the last month.
        const QDate movedIn = last.addDays(-(below(8) == 0 ? below(30) : 30 + below(1430)));
        m_admissions->insert({client.id, day(movedIn), at(movedIn), client.contactId});
        const auto step = [&](const char *kind, const QDate &on, bool done = true) {
            m_steps->insert({client.id, QString::fromLatin1(kind), day(on), done ? 1 : 0, at(on),
                client.contactId});
        };
        const int late = below(10); // 0: no talk yet, 1: no plan yet, 2: follow-up missed
        const QDate talk = movedIn.addDays(5 + below(24));
        if (talk > last || late == 0)
            continue; // the planeringssamtal is due, or overdue
        step("planeringssamtal", talk);
        step("levnadsberattelse", talk, below(3) != 0);
        const QDate plan = talk.addDays(3 + below(11));
        if (plan > last || late == 1)
            continue;
        step("genomforandeplan", plan);
        for (QDate next = plan.addMonths(6); next <= last; next = next.addMonths(6)) {
            const QDate held = next.addDays(-below(14));
            if (late == 2 && held > last.addMonths(-8))
                break; // the follow-up is overdue
            step("uppfoljning", held);
            next = held;
        }
    }
}

qint64 ContactDutyWriter::inviteGuests()
{
    m_admissions->flush();
    m_steps->flush();
    // The client themself (no relative's name), a daughter or a son.
    Query invite(m_context.db,
        QStringLiteral("INSERT INTO meeting_guest (meeting_id, client_id, relative_name, relation, "
                       "attendance, updated_at, updated_by) "
                       "SELECT DISTINCT a.meeting_id, a.client_id, "
                       "CASE a.id % 3 WHEN 0 THEN '' WHEN 1 THEN 'Karin Lund' ELSE 'Per Holm' END, "
                       "CASE a.id % 3 WHEN 0 THEN '' WHEN 1 THEN 'dotter' ELSE 'son' END, "
                       "'expected', m.updated_at, m.chair_id "
                       "FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id "
                       "WHERE m.status = 'planned' AND a.client_id IS NOT NULL AND a.id % 40 = 7"));
    invite.exec();
    return invite.rowsAffected();
}

void ContactDutyWriter::flush()
{
    m_admissions->flush();
    m_steps->flush();
}

qint64 ContactDutyWriter::steps() const
{
    return m_steps->rowsInserted();
}

} // namespace tf
