#include "storage/ClientDossierRepository.h"

#include "storage/Query.h"

namespace tf {

ClientDossierRepository::ClientDossierRepository(Database &db)
    : m_db(db)
{ }

QList<DossierItem> ClientDossierRepository::agendaItemsAbout(qint64 clientId)
{
    Query query(m_db,
        QStringLiteral("SELECT i.id, i.version, i.meeting_id, i.position, i.title, i.body, "
                       "i.raised_by, m.start_utc, COALESCE(t.name, ''), u.name "
                       "FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
                       "JOIN unit u ON u.id = m.unit_id "
                       "LEFT JOIN forum_template t ON t.id = m.template_id "
                       "WHERE i.client_id = ? ORDER BY m.start_utc, i.position"));
    query.bind(clientId).exec();
    QList<DossierItem> items;
    while (query.next()) {
        DossierItem entry;
        entry.item.id = query.id(0);
        entry.item.version = query.value(1).toInt();
        entry.item.meetingId = query.id(2);
        entry.item.position = query.value(3).toInt();
        entry.item.title = query.text(4);
        entry.item.body = query.text(5);
        entry.item.clientId = clientId;
        entry.item.raisedById = query.id(6);
        entry.meetingStartUtc = QDateTime::fromString(query.text(7), Qt::ISODate);
        entry.forum = query.text(8);
        entry.unitName = query.text(9);
        items << entry;
    }
    return items;
}

} // namespace tf
