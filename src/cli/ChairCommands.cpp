#include "cli/ChairCommands.h"
#include "cli/CliOptions.h"

#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/ExportFile.h"
#include "services/StoreDescription.h"
#include "services/Workspace.h"
#include "services/chair/ChairMeetings.h"
#include "services/scheduling/CalendarExport.h"
#include "services/scheduling/SchedulingService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace tf {

namespace {
void print(CliContext &context, const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString localIso(const QDateTime &utc)
{
    return utc.toTimeZone(SeriesPlanner::stockholm()).toString(Qt::ISODate);
}

QJsonObject seriesJson(const MeetingSeries &series, int meetings)
{
    QJsonArray times;
    for (const QTime &time : series.times)
        times.append(time.toString(QStringLiteral("HH:mm")));
    return {
        {QStringLiteral("id"), series.id},
        {QStringLiteral("uuid"), series.uuid},
        {QStringLiteral("unit"), series.unitId},
        {QStringLiteral("forum"), series.forum},
        {QStringLiteral("title"), series.title},
        {QStringLiteral("rrule"), series.rrule},
        {QStringLiteral("start"), series.startDate.toString(Qt::ISODate)},
        {QStringLiteral("until"), series.untilDate.toString(Qt::ISODate)},
        {QStringLiteral("times"), times},
        {QStringLiteral("minutes"), series.minutes},
        {QStringLiteral("location"), series.location},
        {QStringLiteral("skipHolidays"), series.skipHolidays},
        {QStringLiteral("generatedUntil"), series.generatedUntil.toString(Qt::ISODate)},
        {QStringLiteral("meetings"), meetings},
    };
}
} // namespace

void addChairOptions(QCommandLineParser &parser)
{
    // --unit (meetings, schedule, actions) is registered by addMinutesOptions.
    const QList<QCommandLineOption> options = {
        {QStringLiteral("name"), QStringLiteral("add-unit: enhetens namn."),
            QStringLiteral("NAMN")},
        {QStringLiteral("from"),
            QStringLiteral("meetings: första dagen; handover: den som slutar (id)."),
            QStringLiteral("DATUM")},
        {QStringLiteral("to"),
            QStringLiteral("meetings: sista dagen; handover: den som tar över (id)."),
            QStringLiteral("DATUM|ID")},
        {QStringLiteral("forum"),
            QStringLiteral("schedule, schedule-once: forumets nyckel, t.ex. teammote."),
            QStringLiteral("NYCKEL")},
        {QStringLiteral("start"), QStringLiteral("schedule: första mötets datum."),
            QStringLiteral("DATUM")},
        {QStringLiteral("date"),
            QStringLiteral("schedule-once: mötets datum; end-employment, end-insats: slutdatum."),
            QStringLiteral("DATUM")},
        {QStringLiteral("time"), QStringLiteral("schedule, schedule-once: starttid."),
            QStringLiteral("TT:MM")},
        {QStringLiteral("until"), QStringLiteral("schedule: sista dag för serien."),
            QStringLiteral("DATUM")},
        {QStringLiteral("keep-holidays"),
            QStringLiteral("schedule: håll möten även på helgdagar.")},
        {QStringLiteral("series"), QStringLiteral("export-ics: mötesseriens id."),
            QStringLiteral("ID")},
        {QStringLiteral("method"),
            QStringLiteral("export-ics: publish (lägg i kalendern) eller request (inbjudan)."),
            QStringLiteral("METOD"), QStringLiteral("publish")},
        {QStringLiteral("output"),
            QStringLiteral("export-ics: filen som skapas (annars standard ut); backup: "
                           "säkerhetskopians fil."),
            QStringLiteral("FIL")},
    };
    for (const auto &option : options)
        parser.addOption(option);
}

int runAddUnit(CliContext &context)
{
    QString key, name;
    if (!required(context, QStringLiteral("service-type"), &key)
        || !required(context, QStringLiteral("name"), &name))
        return 2;
    Unit unit;
    if (!serviceTypeFromKey(key, &unit.serviceType)) {
        context.err << QStringLiteral("Okänd verksamhetstyp \"%1\".").arg(key) << Qt::endl;
        return 2;
    }
    unit.name = name;
    auto workspace = openWorkspace(context);
    const qint64 id = workspace->directory().createUnit(unit);
    print(context, QJsonObject {{QStringLiteral("id"), id}});
    return 0;
}

int runUnits(CliContext &context)
{
    auto workspace = openWorkspace(context);
    QJsonArray array;
    for (const Unit &unit : workspace->directory().units()) {
        array.append(QJsonObject {{QStringLiteral("id"), unit.id},
            {QStringLiteral("serviceType"), serviceTypeKey(unit.serviceType)},
            {QStringLiteral("name"), unit.name}, {QStringLiteral("parent"), unit.parentId}});
    }
    print(context, array);
    return 0;
}

int runMeetings(CliContext &context)
{
    qint64 unitId = 0;
    QDate from, to;
    if (!idOf(context, QStringLiteral("unit"), &unitId) || !periodOf(context, &from, &to))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    // The series' meetings exist as far as they are listed.
    if (!describeStore(*workspace).readOnly)
        SchedulingService(*workspace)
            .extendWindow(unitId, stockholmDate(QDateTime::currentDateTimeUtc()), to);
    QHash<qint64, QString> forums; // forum keys, as --forum takes them
    for (const ForumTemplate &t : workspace->directory().templates())
        forums.insert(t.id, t.forum);
    QJsonArray array;
    // The dates are whole days in Swedish time, the last one included.
    for (const Meeting &meeting : ChairMeetings(*workspace)
                                      .meetingsOf(unitId, SeriesPlanner::toUtc(from, QTime(0, 0)),
                                          SeriesPlanner::toUtc(to.addDays(1), QTime(0, 0)))) {
        array.append(QJsonObject {{QStringLiteral("id"), meeting.id},
            {QStringLiteral("forum"), forums.value(meeting.templateId)},
            {QStringLiteral("series"), meeting.seriesId},
            {QStringLiteral("start"), localIso(meeting.startUtc)},
            {QStringLiteral("minutes"), meeting.minutes},
            {QStringLiteral("location"), meeting.location},
            {QStringLiteral("status"), meetingStatusKey(meeting.status)}});
    }
    print(context, array);
    return 0;
}

int runSchedule(CliContext &context)
{
    qint64 unitId = 0;
    QString forum;
    QDate start;
    QTime time;
    if (!idOf(context, QStringLiteral("unit"), &unitId)
        || !required(context, QStringLiteral("forum"), &forum)
        || !dateOf(context, QStringLiteral("start"), &start)
        || !timeOf(context, QStringLiteral("time"), &time))
        return 2;
    QDate until;
    if (context.parser.isSet(QStringLiteral("until"))
        && !dateOf(context, QStringLiteral("until"), &until))
        return 2;
    auto workspace = openWorkspace(context);
    const auto unit = workspace->directory().unit(unitId);
    if (!unit) {
        context.err << QStringLiteral("Det finns ingen enhet med id %1.").arg(unitId) << Qt::endl;
        return 1;
    }
    for (const ForumTemplate &candidate : workspace->directory().templatesFor(unit->serviceType)) {
        if (candidate.forum != forum)
            continue;
        MeetingSeries series = SchedulingService::fromTemplate(candidate, unitId, start, time);
        series.untilDate = until;
        series.skipHolidays = !context.parser.isSet(QStringLiteral("keep-holidays"));
        SchedulingService service(*workspace);
        const MeetingSeries created
            = service.create(series, stockholmDate(QDateTime::currentDateTimeUtc()));
        print(context, seriesJson(created, ChairMeetings(*workspace).meetingCountOf(created.id)));
        return 0;
    }
    context.err << QStringLiteral("Verksamheten %1 har inget forum \"%2\".")
                       .arg(serviceTypeDisplayName(unit->serviceType), forum)
                << Qt::endl;
    return 1;
}

int runScheduleOnce(CliContext &context)
{
    qint64 unitId = 0;
    QString forum;
    QDate date;
    QTime time;
    if (!idOf(context, QStringLiteral("unit"), &unitId)
        || !required(context, QStringLiteral("forum"), &forum)
        || !dateOf(context, QStringLiteral("date"), &date)
        || !timeOf(context, QStringLiteral("time"), &time))
        return 2;
    auto workspace = openWorkspace(context);
    const Meeting meeting = SchedulingService(*workspace).scheduleOnce(unitId, forum, date, time);
    print(context,
        QJsonObject {{QStringLiteral("id"), meeting.id}, {QStringLiteral("unit"), meeting.unitId},
            {QStringLiteral("forum"), forum}, {QStringLiteral("start"), localIso(meeting.startUtc)},
            {QStringLiteral("minutes"), meeting.minutes},
            {QStringLiteral("location"), meeting.location},
            {QStringLiteral("status"), meetingStatusKey(meeting.status)}});
    return 0;
}

int runExportIcs(CliContext &context)
{
    qint64 seriesId = 0;
    if (!idOf(context, QStringLiteral("series"), &seriesId))
        return 2;
    const QString method = context.parser.value(QStringLiteral("method")).toLower();
    if (method != QLatin1String("publish") && method != QLatin1String("request")) {
        context.err << QStringLiteral("--method ska vara publish eller request.") << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    const QString output = context.parser.value(QStringLiteral("output"));
    CalendarFile calendar;
    try {
        calendar = CalendarExport(*workspace)
                       .series(seriesId,
                           method == QLatin1String("request") ? ICalendarWriter::Method::Request
                                                              : ICalendarWriter::Method::Publish);
        if (!output.isEmpty())
            ExportFile::write(output, calendar.bytes);
    } catch (const StorageError &error) {
        context.err << error.userMessage() << Qt::endl;
        return 1;
    }
    if (!calendar.withoutEmail.isEmpty())
        context.err << QStringLiteral("Inte inbjudna, eftersom de saknar e-postadress: %1.")
                           .arg(calendar.withoutEmail.join(QStringLiteral(", ")))
                    << Qt::endl;
    if (output.isEmpty()) {
        context.out << QString::fromUtf8(calendar.bytes);
        return 0;
    }
    print(context,
        QJsonObject {{QStringLiteral("series"), seriesId}, {QStringLiteral("file"), output},
            {QStringLiteral("bytes"), calendar.bytes.size()},
            {QStringLiteral("withoutEmail"), QJsonArray::fromStringList(calendar.withoutEmail)}});
    return 0;
}

} // namespace tf
