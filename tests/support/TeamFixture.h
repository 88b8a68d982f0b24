#pragma once

#include "domain/ServiceType.h"

#include <QDate>
#include <QString>

namespace tf {
class Workspace;
}

namespace tf::test {

// What a TeamFixture is made of; the defaults suit most tests.
struct TeamSpec
{
    QString leadName = QStringLiteral("Eva Enhetschef"); // the chair or contact person
    QString leadProfession;
    QString nurseName = QStringLiteral("Sara Sjuksköterska");
    QString nurseProfession;
    QString clientName = QStringLiteral("Greta Gran");
    QString apartment = QStringLiteral("12");
    bool leadIsContactPerson = false; // the lead is the client's contact person
    ServiceType serviceType = ServiceType::Sabo;
};

// A unit "Solgården avd 2" with a lead, a nurse and one client
// (19121212-1212) whose nurse is the nurse; the lead creates the unit and
// the client.
struct TeamFixture
{
    qint64 unitId = 0;
    qint64 leadId = 0;
    qint64 nurseId = 0;
    qint64 clientId = 0;
};

TeamFixture makeTeam(Workspace &workspace, const TeamSpec &spec = {});

// The id of the forum template with this key ("teammote", "samordningsmote").
qint64 forumTemplateId(Workspace &workspace, const char *forum);
// A 30-minute meeting of the unit's forum at 09:00 UTC on `day`.
qint64 makeForumMeeting(
    Workspace &workspace, qint64 unitId, const char *forum, const QDate &day, qint64 actorId);

} // namespace tf::test
