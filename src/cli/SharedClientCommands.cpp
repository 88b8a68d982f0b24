#include "cli/SharedClientCommands.h"

#include "cli/CliOptions.h"
#include "cli/ExternalParticipantCommands.h"
#include "domain/Personnummer.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/ClientUnits.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/chair/CoordinatedUnits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
// Registered by other commands: unit, client, personnummer, name, from, date, meeting.
const QString kUnit = QStringLiteral("unit");
const QString kClient = QStringLiteral("client");
const QString kPersonnummer = QStringLiteral("personnummer");
const QString kName = QStringLiteral("name");
const QString kFrom = QStringLiteral("from");
const QString kDate = QStringLiteral("date");
const QString kMeeting = QStringLiteral("meeting");
const QString kApartment = QStringLiteral("apartment");
const QString kCoordinates = QStringLiteral("coordinates");

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject clientJson(const Client &client)
{
    return {{QStringLiteral("id"), client.id}, {QStringLiteral("name"), client.name},
        {QStringLiteral("personnummer"), client.personnummer},
        {QStringLiteral("apartment"), client.apartment}, {QStringLiteral("unit"), client.unitId}};
}

QJsonArray unitsJson(Workspace &workspace, const QList<ClientUnit> &rows)
{
    QJsonArray units;
    for (const ClientUnit &row : rows) {
        const auto unit = workspace.directory().unit(row.unitId);
        units.append(QJsonObject {{QStringLiteral("unit"), row.unitId},
            {QStringLiteral("unitName"), unit ? unit->name : QString()},
            {QStringLiteral("from"), dateOrNull(row.from)},
            {QStringLiteral("to"), dateOrNull(row.to)}});
    }
    return units;
}

bool optionalDate(CliContext &context, const QString &name, QDate *date)
{
    *date = stockholmDate(QDateTime::currentDateTimeUtc());
    return !context.parser.isSet(name) || dateOf(context, name, date);
}

int clientRegister(CliContext &context)
{
    qint64 unitId = 0;
    QString number;
    QString name;
    QDate from;
    if (!idOf(context, kUnit, &unitId) || !required(context, kPersonnummer, &number)
        || !required(context, kName, &name) || !optionalDate(context, kFrom, &from))
        return 2;
    const PersonnummerResult personnummer = validatePersonnummer(number);
    if (!personnummer.valid) {
        context.err << QStringLiteral("--personnummer: %1").arg(personnummer.error) << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    Client client;
    client.unitId = unitId;
    client.personnummer = personnummer.normalized;
    client.name = name.trimmed();
    client.apartment = context.parser.value(kApartment).trimmed();
    ClientUnits units(*workspace);
    const auto registered = units.registerClient(client, AccessPurpose::CommandLine, from);
    QJsonObject json = clientJson(registered.client);
    json.insert(QStringLiteral("attached"), registered.attached);
    json.insert(QStringLiteral("message"),
        registered.attached ? registered.message : QStringLiteral("Ny kund registrerad."));
    json.insert(
        QStringLiteral("units"), unitsJson(*workspace, units.unitsOf(registered.client.id)));
    printJson(context.out, QJsonDocument(json));
    return 0;
}

int clientList(CliContext &context)
{
    qint64 unitId = 0;
    QDate day;
    if (!idOf(context, kUnit, &unitId) || !optionalDate(context, kDate, &day))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    const QList<Client> clients = workspace->directory().currentClientsOf(unitId, day);
    QList<qint64> ids;
    QJsonArray rows;
    for (const Client &client : clients) {
        ids << client.id;
        rows.append(clientJson(client));
    }
    workspace->accessLogger().clientsRead(ids, AccessKind::ClientList, AccessPurpose::CommandLine);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("unit"), unitId},
            {QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("clients"), rows}}));
    return 0;
}

int clientUnits(CliContext &context)
{
    qint64 clientId = 0;
    if (!idOf(context, kClient, &clientId))
        return 2;
    auto workspace = openWorkspace(context);
    if (!workspace->directory().client(clientId)) {
        context.err << QStringLiteral("Det finns ingen kund med id %1.").arg(clientId) << Qt::endl;
        return 1;
    }
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("client"), clientId},
            {QStringLiteral("units"),
                unitsJson(*workspace, ClientUnits(*workspace).unitsOf(clientId))}}));
    return 0;
}

int clientServe(CliContext &context, bool serve)
{
    qint64 clientId = 0;
    qint64 unitId = 0;
    QDate day;
    if (!idOf(context, kClient, &clientId) || !idOf(context, kUnit, &unitId)
        || !dateOf(context, serve ? kFrom : kDate, &day))
        return 2;
    auto workspace = openWorkspace(context);
    ClientUnits units(*workspace);
    if (serve)
        units.serve(clientId, unitId, day);
    else
        units.unserve(clientId, unitId, day);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("client"), clientId},
            {QStringLiteral("units"), unitsJson(*workspace, units.unitsOf(clientId))}}));
    return 0;
}

QJsonArray unitListJson(const QList<Unit> &units)
{
    QJsonArray list;
    for (const Unit &unit : units)
        list.append(
            QJsonObject {{QStringLiteral("id"), unit.id}, {QStringLiteral("name"), unit.name},
                {QStringLiteral("serviceType"), serviceTypeKey(unit.serviceType)}});
    return list;
}

int samordningUnits(CliContext &context)
{
    qint64 unitId = 0;
    if (!idOf(context, kUnit, &unitId))
        return 2;
    QList<qint64> ids;
    const bool setting = context.parser.isSet(kCoordinates);
    if (setting) {
        const QStringList parts
            = context.parser.value(kCoordinates).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                context.err << QStringLiteral("--coordinates: \"%1\" är inget enhets-id. Ange "
                                              "id:n åtskilda med komma, t.ex. 3,4.")
                                   .arg(part.trimmed())
                            << Qt::endl;
                return 2;
            }
            ids << id;
        }
    }
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    CoordinatedUnits coordinated(*workspace);
    if (setting)
        coordinated.set(unitId, ids);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("unit"), unitId},
            {QStringLiteral("coordinates"), unitListJson(coordinated.of(unitId))}}));
    return 0;
}

int samordningClients(CliContext &context)
{
    qint64 meetingId = 0;
    QDate day;
    if (!idOf(context, kMeeting, &meetingId) || !optionalDate(context, kDate, &day))
        return 2;
    auto workspace = openWorkspace(context);
    QList<qint64> ids;
    QJsonArray rows;
    for (const Client &client :
        CoordinatedUnits(*workspace).currentClientsForMeeting(meetingId, day)) {
        ids << client.id;
        rows.append(clientJson(client));
    }
    workspace->accessLogger().clientsRead(
        ids, AccessKind::ClientList, AccessPurpose::CommandLine, meetingId);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("meeting"), meetingId},
            {QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("clients"), rows}}));
    return 0;
}
} // namespace

void addSharedClientOptions(QCommandLineParser &parser)
{
    parser.addOption({kApartment, QStringLiteral("client register: lägenhet eller adress."),
        QStringLiteral("TEXT")});
    parser.addOption({kCoordinates,
        QStringLiteral("samordning units: enheterna (id, åtskilda med komma) vars kunder "
                       "samordningsmötet tar upp; tomt tar bort alla."),
        QStringLiteral("ID,ID")});
}

int runClient(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("register"))
        return clientRegister(context);
    if (sub == QLatin1String("list"))
        return clientList(context);
    if (sub == QLatin1String("units"))
        return clientUnits(context);
    if (sub == QLatin1String("serve"))
        return clientServe(context, true);
    if (sub == QLatin1String("unserve"))
        return clientServe(context, false);
    return unknownSubcommand(context, QStringLiteral("client"),
        QStringLiteral("register, list, units, serve eller unserve"));
}

int runSamordning(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("units"))
        return samordningUnits(context);
    if (sub == QLatin1String("clients"))
        return samordningClients(context);
    if (sub == QLatin1String("guests"))
        return runSamordningGuests(context);
    if (sub == QLatin1String("register"))
        return runSamordningRegister(context);
    if (sub == QLatin1String("leader"))
        return runSamordningLeader(context);
    return unknownSubcommand(context, QStringLiteral("samordning"),
        QStringLiteral("units, clients, guests, register eller leader"));
}

} // namespace tf
