#include "support/MinutesFixture.h"

#include "services/PersonalCodes.h"
#include "services/minutes/MeetingMinutes.h"

#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"
#include "support/TeamFixture.h"

namespace tf::test {

namespace {
qint64 person(Workspace &workspace, const char *name, const char *profession, qint64 actor)
{
    Person p;
    p.name = QString::fromUtf8(name);
    p.profession = QString::fromUtf8(profession);
    return workspace.people().create(p, actor);
}
} // namespace

MinutesFixture makeMinutesFixture(Workspace &workspace, const QDateTime &startUtc)
{
    MinutesFixture f;
    TeamSpec spec;
    spec.leadProfession = QStringLiteral("Enhetschef");
    spec.nurseName = QStringLiteral("Sara Sjöström");
    spec.nurseProfession = QStringLiteral("Sjuksköterska");
    spec.clientName = QStringLiteral("Greta Gransson");
    const TeamFixture team = makeTeam(workspace, spec);
    f.unitId = team.unitId;
    f.chairId = team.leadId;
    f.nurseId = team.nurseId;
    f.clientId = team.clientId;
    f.helperId = person(workspace, "Åke Öberg", "Undersköterska", f.chairId);
    f.standInId = person(workspace, "Stina Ständigvikarie", "Sjuksköterska", f.chairId);
    for (const auto &t : workspace.templates().byServiceType(ServiceType::Sabo)) {
        if (t.forum == QLatin1String("teammote")) {
            f.templateId = t.id;
            break;
        }
    }
    f.startUtc = startUtc.isValid() ? startUtc : QDateTime::currentDateTimeUtc();
    f.meetingId = addMeeting(workspace, f, f.startUtc);
    auto &meetings = workspace.meetings();
    for (qint64 personId : {f.chairId, f.nurseId, f.helperId}) {
        Participant participant;
        participant.meetingId = f.meetingId;
        participant.personId = personId;
        participant.role
            = personId == f.chairId ? QStringLiteral("Enhetschef") : QStringLiteral("Teammedlem");
        meetings.setParticipant(participant, f.chairId);
    }
    AgendaItem client1;
    client1.meetingId = f.meetingId;
    client1.title = QStringLiteral("Uppföljning av kund");
    client1.clientId = f.clientId;
    f.itemIds << meetings.agendaItems(f.meetingId).first().id
              << meetings.addAgendaItem(client1, f.chairId);
    AgendaItem other;
    other.meetingId = f.meetingId;
    other.title = QStringLiteral("Övriga frågor");
    f.itemIds << meetings.addAgendaItem(other, f.chairId);
    return f;
}

qint64 addMeeting(Workspace &workspace, const MinutesFixture &fixture, const QDateTime &startUtc)
{
    Meeting meeting;
    meeting.unitId = fixture.unitId;
    meeting.templateId = fixture.templateId;
    meeting.startUtc = startUtc;
    meeting.minutes = 30;
    meeting.location = QStringLiteral("Dagrummet");
    meeting.chairId = fixture.chairId;
    const qint64 id = workspace.meetings().create(meeting, fixture.chairId);
    AgendaItem opening;
    opening.meetingId = id;
    opening.title = QStringLiteral("Mötets öppnande");
    opening.fromTemplate = true;
    workspace.meetings().addAgendaItem(opening, fixture.chairId);
    return id;
}

QString chairCode()
{
    return QStringLiteral("eva-2468");
}

void approveAsChair(Workspace &workspace, const MinutesFixture &fixture, qint64 meetingId)
{
    MeetingMinutes minutes(workspace);
    if (minutes.approvalAsksForCode()) {
        PersonalCodes codes(workspace);
        if (!codes.hasCode(fixture.chairId))
            codes.chooseFirst(fixture.chairId, chairCode());
        minutes.approve(meetingId, fixture.chairId, chairCode());
        return;
    }
    const qint64 actor = workspace.actorId();
    workspace.setActorId(fixture.chairId);
    try {
        minutes.approve(meetingId, fixture.chairId);
    } catch (...) {
        workspace.setActorId(actor);
        throw;
    }
    workspace.setActorId(actor);
}

} // namespace tf::test
