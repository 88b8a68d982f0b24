#include "services/generator/SamordningWriter.h"

#include "storage/BulkInserter.h"
#include "storage/Query.h"

#include <array>

namespace tf {

SamordningWriter::SamordningWriter(GeneratorContext &context)
    : m_context(context)
{ }

QList<GeneratedUnit> SamordningWriter::writeAreas(const QList<ForumTemplate> &samordningTemplates)
{
    const QDate first = m_context.lastDay.addYears(-m_context.years).addDays(1);
    const QString now = m_context.lastDay.startOfDay(Qt::UTC).toString(Qt::ISODate);
    BulkInserter areas(m_context.db, QStringLiteral("unit"),
        {QStringLiteral("uuid"), QStringLiteral("service_type"), QStringLiteral("name"),
            QStringLiteral("updated_at")},
        true);
    BulkInserter coordinated(m_context.db, QStringLiteral("coordinated_unit"),
        {QStringLiteral("unit_id"), QStringLiteral("forum"), QStringLiteral("coordinated_unit_id"),
            QStringLiteral("updated_at")});
    BulkInserter served(m_context.db, QStringLiteral("client_serving_unit"),
        {QStringLiteral("client_id"), QStringLiteral("unit_id"), QStringLiteral("from_date"),
            QStringLiteral("updated_at")});
    BulkInserter consents(m_context.db, QStringLiteral("consent"),
        {QStringLiteral("uuid"), QStringLiteral("client_id"), QStringLiteral("scope"),
            QStringLiteral("decision"), QStringLiteral("given_by"), QStringLiteral("form"),
            QStringLiteral("decided_on"), QStringLiteral("valid_until"),
            QStringLiteral("recorded_by"), QStringLiteral("updated_at"),
            QStringLiteral("updated_by")});
    coordinated.after(areas);

    // The home-care and boendestöd units of each place, in the order made.
    QList<const GeneratedUnit *> homeCare, boendestod;
    for (const GeneratedUnit &unit : std::as_const(m_context.units)) {
        if (unit.serviceType == ServiceType::OrdinartBoende)
            homeCare << &unit;
        else if (unit.serviceType == ServiceType::Boendestod)
            boendestod << &unit;
    }
    QList<GeneratedUnit> written;
    QList<std::array<qint64, 3>> parents; // area, home care, boendestöd
    for (int i = 0; i < homeCare.size() && i < boendestod.size(); ++i) {
        const GeneratedUnit &home = *homeCare.at(i);
        const GeneratedUnit &support = *boendestod.at(i);
        GeneratedUnit area;
        area.serviceType = ServiceType::Samordning;
        area.chairId = home.chairId; // the home care's enhetschef holds it
        area.templates = samordningTemplates;
        const QString place = home.name.section(QLatin1Char(' '), 1);
        area.name = QStringLiteral("Område %1, samordning").arg(place);
        area.id = areas.insert(
            {randomUuid(m_context.random), QStringLiteral("samordning"), area.name, now});
        parents.append(std::array<qint64, 3> {area.id, home.id, support.id});
        for (qint64 unitId : {home.id, support.id})
            coordinated.insert({area.id, QStringLiteral("samordningsmote"), unitId, now});
        // The staff of both units meet there.
        area.staffIds = home.staffIds.mid(0, 6) + support.staffIds.mid(0, 4);
        // About one home-care client in six is served by boendestöd too.
        const int shared = qMax(3, static_cast<int>(home.clients.size()) / 6);
        for (int c = 0; c < shared && c < home.clients.size(); ++c) {
            const GeneratedClient &client = home.clients.at(c * 5 % home.clients.size());
            served.insert({client.id, support.id, first.toString(Qt::ISODate), now});
            ++m_shared;
            if (c == shared - 1)
                continue; // no consent asked yet: not on the samordningsmöte's agenda
            // Valid past the planned meetings ahead; some run out a month on.
            const QDate until = m_context.lastDay.addDays(29 + below(400));
            consents.insert({randomUuid(m_context.random), client.id,
                QStringLiteral("other_care_providers"), QStringLiteral("given"),
                QStringLiteral("client"), QStringLiteral("written"), first.toString(Qt::ISODate),
                until.toString(Qt::ISODate), client.contactId, now, client.contactId});
            area.clients << client;
        }
        written << area;
    }
    areas.flush();
    coordinated.flush();
    served.flush();
    consents.flush();
    // The areas hold their units: home care and boendestöd under each (one
    // statement an area, ten at most).
    for (const auto &[area, home, support] : std::as_const(parents)) {
        Query parent(
            m_context.db, QStringLiteral("UPDATE unit SET parent_id = ? WHERE id IN (?, ?)"));
        parent.bind(area).bind(home).bind(support).exec();
    }
    return written;
}

} // namespace tf
