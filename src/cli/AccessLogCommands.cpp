#include "cli/AccessLogCommands.h"
#include "cli/CliOptions.h"
#include "cli/LogCheckCommands.h"

#include "domain/Personnummer.h"
#include "services/AccessLogReview.h"
#include "services/Directory.h"
#include "services/StoreDescription.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace tf {

namespace {
const QString kClient = QStringLiteral("client");
const QString kPerson = QStringLiteral("person");
const QString kSample = QStringLiteral("sample");
const QString kLimit = QStringLiteral("limit");
const QString kWithout = QStringLiteral("without-care-relation");
const QString kVerify = QStringLiteral("verify");

// The start of a day in Europe/Stockholm, in UTC.
QDateTime dayStart(const QDate &date)
{
    return date.startOfDay(QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).toUTC();
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

// --verify: every client's hash chain checked; exit 1 at a broken link.
int verifyAccessLog(CliContext &context)
{
    auto workspace = openWorkspace(context);
    const ChainVerdict verdict = verifyAccessLog(*workspace);
    QJsonObject result {{QStringLiteral("ok"), verdict.ok()},
        {QStringLiteral("verified"), verdict.verified},
        {QStringLiteral("engine"), describeStore(*workspace).engineName}};
    if (!verdict.ok()) {
        result.insert(QStringLiteral("brokenAt"), verdict.brokenAt);
        result.insert(QStringLiteral("broken"), verdict.broken);
        result.insert(QStringLiteral("reason"), verdict.reason);
    }
    context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    if (verdict.ok())
        return 0;
    context.err << QStringLiteral("Åtkomstloggen är ändrad: första brutna länken är rad %1. %2")
                       .arg(verdict.brokenAt)
                       .arg(verdict.reason)
                << Qt::endl;
    return 1;
}
} // namespace

// --client takes a personnummer or the client's id. Returns 0 after a message.
qint64 clientFrom(CliContext &context, Workspace &workspace)
{
    const QString text = context.parser.value(kClient).trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId && id > 0 && text.size() < 10) {
        if (workspace.directory().client(id))
            return id;
        context.err << QStringLiteral("Det finns ingen kund med id %1.").arg(id) << Qt::endl;
        return 0;
    }
    const PersonnummerResult pnr = validatePersonnummer(text);
    if (!pnr.valid) {
        context.err << QStringLiteral("--client ska vara ett personnummer eller kundens id. %1")
                           .arg(pnr.error)
                    << Qt::endl;
        return 0;
    }
    if (const auto client = workspace.directory().clientByPersonnummer(pnr.normalized))
        return client->id;
    context.err << QStringLiteral("Ingen kund har personnummer %1.").arg(pnr.normalized)
                << Qt::endl;
    return 0;
}

void addAccessLogOptions(QCommandLineParser &parser)
{
    parser.addOption({kClient, QStringLiteral("access-log: kundens personnummer eller id."),
        QStringLiteral("PNR|ID")});
    parser.addOption({kPerson, QStringLiteral("access-log: personens id (den som läste)."),
        QStringLiteral("ID")});
    parser.addOption(
        {kSample, QStringLiteral("access-log: ett slumpmässigt stickprov av N läsningar."),
            QStringLiteral("N")});
    parser.addOption({kLimit, QStringLiteral("access-log: högst så många läsningar (1000)."),
        QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption(
        {kWithout, QStringLiteral("access-log: bara läsningar utan vårdrelation till kunden.")});
    parser.addOption({kVerify,
        QStringLiteral("access-log: kontrollerar loggens hashkedjor och visar första brutna "
                       "länken.")});
    addLogCheckOptions(parser);
}

int runAccessLog(CliContext &context)
{
    if (const int checked = runLogCheck(context); checked >= 0)
        return checked;
    if (context.parser.isSet(kVerify))
        return verifyAccessLog(context);
    const bool period = context.parser.isSet(QStringLiteral("from"))
        || context.parser.isSet(QStringLiteral("to"));
    if (!context.parser.isSet(kClient) && !context.parser.isSet(kPerson) && !period) {
        context.err << QStringLiteral("Ange --client PNR|ID, --person ID eller en period med "
                                      "--from DATUM --to DATUM.")
                    << Qt::endl;
        return 2;
    }
    AccessLogFilter filter;
    filter.withoutCareRelationOnly = context.parser.isSet(kWithout);
    if (period) {
        if (!context.parser.isSet(QStringLiteral("from"))
            || !context.parser.isSet(QStringLiteral("to"))) {
            context.err << QStringLiteral("Ange både --from och --to.") << Qt::endl;
            return 2;
        }
        QDate from, to;
        if (!periodOf(context, &from, &to))
            return 2;
        // Whole days in Swedish time: --to is the last day included.
        filter.fromUtc = dayStart(from);
        filter.toUtc = dayStart(to.addDays(1));
    }
    int sample = 0;
    if (context.parser.isSet(kSample) && !countOf(context, kSample, &sample))
        return 2;
    if (!countOf(context, kLimit, &filter.limit))
        return 2;
    if (context.parser.isSet(kPerson) && !idOf(context, kPerson, &filter.personId))
        return 2;

    auto workspace = openWorkspace(context);
    if (context.parser.isSet(kClient)) {
        filter.clientId = clientFrom(context, *workspace);
        if (!filter.clientId)
            return 1;
    }
    if (filter.personId && !workspace->directory().person(filter.personId)) {
        context.err << QStringLiteral("Det finns ingen person med id %1.").arg(filter.personId)
                    << Qt::endl;
        return 1;
    }
    const AccessLogReview review = reviewAccessLog(*workspace, filter, sample);

    QHash<qint64, QString> people;
    for (const Person &person : workspace->directory().people())
        people.insert(person.id, person.name);
    QHash<qint64, QString> clients;
    QJsonArray array;
    for (const AccessLogEntry &entry : review.entries) {
        if (!clients.contains(entry.clientId)) {
            const auto client = workspace->directory().client(entry.clientId);
            clients.insert(entry.clientId, client ? client->name : QString());
        }
        array.append(QJsonObject {{QStringLiteral("id"), entry.id},
            {QStringLiteral("accessedAt"), utcIso(entry.accessedUtc)},
            {QStringLiteral("personId"), idOrNull(entry.personId)},
            {QStringLiteral("personName"), people.value(entry.personId)},
            {QStringLiteral("clientId"), entry.clientId},
            {QStringLiteral("clientName"), clients.value(entry.clientId)},
            {QStringLiteral("kind"), accessKindKey(entry.kind)},
            {QStringLiteral("kindLabel"), accessKindLabel(entry.kind)},
            {QStringLiteral("purpose"), entry.purpose},
            {QStringLiteral("meetingId"), idOrNull(entry.meetingId)},
            {QStringLiteral("careRelation"), entry.careRelation}});
    }
    QJsonObject result {{QStringLiteral("matching"), review.matching},
        {QStringLiteral("sample"), sample > 0}, {QStringLiteral("entries"), array}};
    if (filter.fromUtc.isValid()) {
        result.insert(QStringLiteral("fromUtc"), utcIso(filter.fromUtc));
        result.insert(QStringLiteral("toUtc"), utcIso(filter.toUtc));
    }
    context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tf
