#include "support/TeamFixture.h"

#include "domain/Client.h"
#include "domain/Meeting.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"

#include <QTimeZone>

namespace tf::test {

TeamFixture makeTeam(Workspace &workspace, const TeamSpec &spec)
{
    TeamFixture team;
    Person lead;
    lead.name = spec.leadName;
    lead.profession = spec.leadProfession;
    team.leadId = workspace.people().create(lead, 0);
    Person nurse;
    nurse.name = spec.nurseName;
    nurse.profession = spec.nurseProfession;
    team.nurseId = workspace.people().create(nurse, team.leadId);
    Unit unit;
    unit.name = QStringLiteral("Solgården avd 2");
    unit.serviceType = spec.serviceType;
    team.unitId = workspace.units().create(unit, team.leadId);
    Client client;
    client.unitId = team.unitId;
    client.name = spec.clientName;
    client.personnummer = QStringLiteral("19121212-1212");
    client.apartment = spec.apartment;
    if (spec.leadIsContactPerson)
        client.contactPersonId = team.leadId;
    client.nurseId = team.nurseId;
    team.clientId = workspace.clients().create(client, team.leadId);
    return team;
}

qint64 forumTemplateId(Workspace &workspace, const char *forum)
{
    for (const auto &t : workspace.templates().all()) {
        if (t.forum == QLatin1String(forum))
            return t.id;
    }
    return 0;
}

qint64 makeForumMeeting(
    Workspace &workspace, qint64 unitId, const char *forum, const QDate &day, qint64 actorId)
{
    Meeting meeting;
    meeting.unitId = unitId;
    meeting.templateId = forumTemplateId(workspace, forum);
    meeting.startUtc = QDateTime(day, QTime(9, 0), QTimeZone::utc());
    meeting.minutes = 30;
    return workspace.meetings().create(meeting, actorId);
}

} // namespace tf::test
