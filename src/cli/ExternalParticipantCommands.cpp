#include "cli/ExternalParticipantCommands.h"

#include "cli/CliOptions.h"
#include "services/AccessLogger.h"
#include "services/Workspace.h"
#include "services/chair/ExternalParticipants.h"
#include "services/chair/MeetingGuests.h"
#include "services/chair/MeetingLeaders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
// Registered by other commands: meeting, unit, name, role, email, person.
const QString kMeeting = QStringLiteral("meeting");
const QString kUnit = QStringLiteral("unit");
const QString kName = QStringLiteral("name");
const QString kRole = QStringLiteral("role");
const QString kEmail = QStringLiteral("email");
const QString kPerson = QStringLiteral("person");
const QString kExternal = QStringLiteral("external");
const QString kOrganisation = QStringLiteral("organisation");
const QString kWholeSeries = QStringLiteral("whole-series");

QJsonObject personJson(const ExternalPerson &person)
{
    return {{QStringLiteral("id"), person.id}, {QStringLiteral("name"), person.name},
        {QStringLiteral("organisation"), person.organisation},
        {QStringLiteral("role"), person.role}, {QStringLiteral("email"), person.email}};
}

QJsonObject leaderJson(const MeetingLeader &leader, const QString &name)
{
    return {
        {QStringLiteral("personId"), leader.personId ? QJsonValue(leader.personId) : QJsonValue()},
        {QStringLiteral("externalId"),
            leader.externalId ? QJsonValue(leader.externalId) : QJsonValue()},
        {QStringLiteral("name"), name},
        {QStringLiteral("side"),
            leader.isExternal() ? QStringLiteral("extern") : QStringLiteral("kommun")}};
}

int printGuests(CliContext &context, Workspace &workspace, qint64 meetingId)
{
    QJsonArray rows;
    for (const NamedGuest &guest :
        MeetingGuests(workspace).of(meetingId, AccessPurpose::CommandLine)) {
        if (!guest.guest.isExternal())
            continue;
        QJsonObject row = personJson(guest.guest.external);
        row.insert(QStringLiteral("label"), guest.label);
        row.insert(QStringLiteral("attendance"), attendanceKey(guest.guest.attendance));
        rows.append(row);
    }
    printJson(context.out,
        QJsonDocument(QJsonObject {
            {QStringLiteral("meeting"), meetingId}, {QStringLiteral("external"), rows}}));
    return 0;
}

int guestsAdd(CliContext &context)
{
    qint64 meetingId = 0;
    if (!idOf(context, kMeeting, &meetingId))
        return 2;
    qint64 externalId = 0;
    ExternalPerson person;
    if (context.parser.isSet(kExternal)) {
        if (!idOf(context, kExternal, &externalId))
            return 2;
    } else if (!required(context, kName, &person.name)
        || !required(context, kOrganisation, &person.organisation)) {
        return 2;
    }
    person.role = context.parser.value(kRole);
    person.email = context.parser.value(kEmail);
    auto workspace = openWorkspace(context);
    ExternalParticipants participants(*workspace);
    if (externalId)
        participants.invite(meetingId, externalId, context.parser.isSet(kWholeSeries));
    else
        participants.addAndInvite(meetingId, person, context.parser.isSet(kWholeSeries));
    return printGuests(context, *workspace, meetingId);
}

int guestsRemove(CliContext &context)
{
    qint64 meetingId = 0;
    qint64 externalId = 0;
    if (!idOf(context, kMeeting, &meetingId) || !idOf(context, kExternal, &externalId))
        return 2;
    auto workspace = openWorkspace(context);
    ExternalParticipants(*workspace)
        .remove(meetingId, externalId, context.parser.isSet(kWholeSeries));
    return printGuests(context, *workspace, meetingId);
}

int printLeader(CliContext &context, Workspace &workspace, qint64 meetingId)
{
    MeetingLeaders leaders(workspace);
    const MeetingLeaders::Leader leader = leaders.of(meetingId);
    QJsonArray candidates;
    for (const MeetingLeaders::Candidate &candidate : leaders.candidates(meetingId))
        candidates.append(leaderJson(candidate.leader, candidate.name));
    QJsonObject object = leaderJson(leader.leader, leader.name);
    object.insert(QStringLiteral("meeting"), meetingId);
    object.insert(QStringLiteral("proposed"), leader.proposed);
    object.insert(QStringLiteral("candidates"), candidates);
    printJson(context.out, QJsonDocument(object));
    return 0;
}
} // namespace

void addExternalParticipantOptions(QCommandLineParser &parser)
{
    parser.addOption({kExternal,
        QStringLiteral("samordning guests/leader: den externa deltagarens id (i enhetens "
                       "register)."),
        QStringLiteral("ID")});
    parser.addOption({kOrganisation,
        QStringLiteral("samordning guests add: den externa deltagarens organisation, t.ex. "
                       "Vårdcentralen Norra."),
        QStringLiteral("ORG")});
    parser.addOption({kWholeSeries,
        QStringLiteral("samordning guests add/remove: till eller från alla kommande möten i "
                       "mötesserien.")});
}

int runSamordningGuests(CliContext &context)
{
    const QString sub = context.arguments.value(1);
    if (sub == QLatin1String("list")) {
        qint64 meetingId = 0;
        if (!idOf(context, kMeeting, &meetingId))
            return 2;
        auto workspace = openWorkspace(context);
        return printGuests(context, *workspace, meetingId);
    }
    if (sub == QLatin1String("add"))
        return guestsAdd(context);
    if (sub == QLatin1String("remove"))
        return guestsRemove(context);
    return unknownSubcommand(
        context, QStringLiteral("samordning guests"), QStringLiteral("list, add eller remove"));
}

int runSamordningRegister(CliContext &context)
{
    qint64 unitId = 0;
    if (!idOf(context, kUnit, &unitId))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    QJsonArray rows;
    for (const ExternalPerson &person : ExternalParticipants(*workspace).registerOf(unitId))
        rows.append(personJson(person));
    printJson(context.out,
        QJsonDocument(
            QJsonObject {{QStringLiteral("unit"), unitId}, {QStringLiteral("register"), rows}}));
    return 0;
}

int runSamordningLeader(CliContext &context)
{
    const QString sub = context.arguments.value(1);
    if (sub != QLatin1String("show") && sub != QLatin1String("set"))
        return unknownSubcommand(
            context, QStringLiteral("samordning leader"), QStringLiteral("show eller set"));
    qint64 meetingId = 0;
    if (!idOf(context, kMeeting, &meetingId))
        return 2;
    MeetingLeader leader;
    if (sub == QLatin1String("set")) {
        const bool person = context.parser.isSet(kPerson);
        if (person == context.parser.isSet(kExternal)) {
            context.err << QStringLiteral("Ange mötesledaren med antingen --person ID (kommunens) "
                                          "eller --external ID (en extern deltagare).")
                        << Qt::endl;
            return 2;
        }
        if (person ? !idOf(context, kPerson, &leader.personId)
                   : !idOf(context, kExternal, &leader.externalId))
            return 2;
    }
    auto workspace = openWorkspace(context);
    if (sub == QLatin1String("set"))
        MeetingLeaders(*workspace).choose(meetingId, leader);
    return printLeader(context, *workspace, meetingId);
}

} // namespace tf
