#pragma once

#include "storage/ActionScope.h"
#include "storage/Query.h"
#include "storage/SqlPart.h"
#include "storage/care/SipRepository.h"

#include <QDate>

namespace tf {

class MeetingSet;

// Names a set of clients in a statement, as `client_id IN (sql())`: by
// their ids, or as the current clients of a contact person, so the reads
// about them can go in the same batch as the read of the clients
// themselves, without waiting for it.
class ClientSet : public SqlPart
{
public:
    static ClientSet ids(const QList<qint64> &clientIds)
    {
        return ClientSet(idMarks(clientIds), idValues(clientIds));
    }
    // Those the person is fast omsorgskontakt of whose insats has not ended
    // by `day`, merged records left out.
    static ClientSet ofContactPerson(qint64 personId, const QDate &day)
    {
        return ClientSet(QStringLiteral("SELECT id FROM client WHERE contact_person_id = ? AND "
                                        "merged_into IS NULL AND (insats_ends_on IS NULL OR "
                                        "insats_ends_on > ?)"),
            {personId, day.toString(Qt::ISODate)});
    }

    // Those whose nurse, occupational therapist or physiotherapist the
    // person is, whose insats has not ended by `day`, merged records left
    // out.
    static ClientSet ofClinician(qint64 personId, const QDate &day)
    {
        return ClientSet(QStringLiteral("SELECT id FROM client WHERE (nurse_id = ? OR "
                                        "occupational_therapist_id = ? OR physiotherapist_id = ?) "
                                        "AND merged_into IS NULL AND (insats_ends_on IS NULL OR "
                                        "insats_ends_on > ?)"),
            {personId, personId, personId, day.toString(Qt::ISODate)});
    }

    // The clients of the scope's actions.
    static ClientSet ofActions(const ActionScope &scope)
    {
        return ClientSet(
            QStringLiteral("SELECT a.client_id FROM team_action a WHERE ") + scope.where,
            scope.values);
    }

    // The clients of the person's open SIP needs.
    static ClientSet ofOpenSipNeeds(qint64 personId)
    {
        return ClientSet(QStringLiteral("SELECT client_id FROM sip_need WHERE ")
                + SipRepository::openOfCondition(),
            {personId});
    }

    // The clients on the meetings' agendas, or those of them `among` the
    // set (defined in MeetingSet.h).
    static ClientSet onAgendasOf(const MeetingSet &meetings);
    static ClientSet onAgendasOf(const MeetingSet &meetings, const ClientSet &among);

private:
    using SqlPart::SqlPart;
};

} // namespace tf
