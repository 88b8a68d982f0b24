#include "chair/ChairFixture.h"

#include "services/scheduling/SchedulingService.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TeamRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"

namespace tf::test {

ChairFixture::ChairFixture(Workspace &workspace, ServiceType type)
{
    auto person = [&](const QString &name, const QString &role, const QString &email,
                      bool adjunct = false) {
        Person p;
        p.name = name;
        p.role = role;
        p.email = email;
        p.adjunct = adjunct;
        return workspace.people().create(p, chairId);
    };
    chairId = person(QStringLiteral("Eva Enhetschef"), QStringLiteral("Enhetschef"),
        QStringLiteral("eva.enhetschef@kommun.se"));
    workspace.setActorId(chairId);
    nurseId = person(QStringLiteral("Sara Sjuksköterska"), QStringLiteral("Sjuksköterska"),
        QStringLiteral("sara.sjukskoterska@kommun.se"));
    nightId = person(QStringLiteral("Nils Nattpersonal"), QStringLiteral("Undersköterska"),
        QStringLiteral("nils.nattpersonal@kommun.se"));
    dietistId = person(QStringLiteral("Dina Dietist"), QStringLiteral("Dietist"),
        QStringLiteral("dina.dietist@region.se"), true);
    Unit unit;
    unit.serviceType = type;
    unit.name = QStringLiteral("Solgården avd 2");
    unitId = workspace.units().create(unit, chairId);
    const QStringList names = {QStringLiteral("Greta Gran"), QStringLiteral("Åke Ek"),
        QStringLiteral("Sven Berg"), QStringLiteral("Maja Lind"), QStringLiteral("Olle Ås")};
    const QStringList apartments = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
        QStringLiteral("10"), QStringLiteral("11")};
    for (int i = 0; i < names.size(); ++i) {
        Client client;
        client.unitId = unitId;
        client.name = names.at(i);
        client.personnummer = QStringLiteral("19400101-00%1").arg(10 + i);
        client.apartment = apartments.at(i);
        client.nurseId = nurseId;
        client.priority = 5 - i;
        clientIds << workspace.clients().create(client, chairId);
    }
    for (const ForumTemplate &t : workspace.templates().byServiceType(type)) {
        if (t.forum == QLatin1String("teammote"))
            teammote = t;
    }
    workspace.teams().setMembers(unitId, QStringLiteral("teammote"),
        {{unitId, QStringLiteral("teammote"), chairId, QStringLiteral("Enhetschef"), false},
            {unitId, QStringLiteral("teammote"), nurseId, QStringLiteral("Sjuksköterska"), false},
            {unitId, QStringLiteral("teammote"), nightId, QStringLiteral("Nattpersonal"), true}},
        chairId);
}

MeetingSeries ChairFixture::scheduleTeammote(
    Workspace &workspace, const QDate &first, const QDate &today)
{
    SchedulingService service(workspace);
    return service.create(
        SchedulingService::fromTemplate(teammote, unitId, first, QTime(13, 0)), today);
}

Participant storedParticipant(Workspace &workspace, qint64 meetingId, qint64 personId)
{
    for (const Participant &participant : workspace.meetings().participants(meetingId)) {
        if (participant.personId == personId)
            return participant;
    }
    Participant missing;
    missing.meetingId = meetingId;
    missing.personId = personId;
    return missing;
}

} // namespace tf::test
