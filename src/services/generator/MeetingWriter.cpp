#include "services/generator/MeetingWriter.h"

#include "services/generator/AccessLogWriter.h"
#include "services/generator/DataGenerator.h"
#include "services/generator/TextBank.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QTimeZone>
#include <QUuid>

namespace tf {

QString randomUuid(std::mt19937_64 &random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 8) {
        const quint64 value = random();
        for (int b = 0; b < 8; ++b)
            bytes[i + b] = static_cast<char>((value >> (8 * b)) & 0xff);
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

namespace {
const QTimeZone &stockholm()
{
    static const QTimeZone zone("Europe/Stockholm");
    return zone;
}

QString utc(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, stockholm()).toUTC().toString(Qt::ISODate);
}

bool isWeekday(const QDate &date)
{
    return date.dayOfWeek() <= 5;
}

// On PostgreSQL the searched rows carry their meeting's start (migration
// 034); its triggers are off while the generator loads.
QStringList dated(const Database &db, QStringList columns)
{
    if (db.isPostgres())
        columns << QStringLiteral("meeting_start_utc");
    return columns;
}
} // namespace

MeetingWriter::MeetingWriter(GeneratorContext &context)
    : m_context(context)
    , m_meetings(std::make_unique<BulkInserter>(context.db, QStringLiteral("meeting"),
          QStringList {QStringLiteral("uuid"), QStringLiteral("unit_id"),
              QStringLiteral("template_id"), QStringLiteral("start_utc"), QStringLiteral("minutes"),
              QStringLiteral("location"), QStringLiteral("status"), QStringLiteral("chair_id"),
              QStringLiteral("secretary_id"), QStringLiteral("updated_at"),
              QStringLiteral("updated_by")},
          true))
    , m_participants(std::make_unique<BulkInserter>(context.db, QStringLiteral("participant"),
          QStringList {QStringLiteral("meeting_id"), QStringLiteral("person_id"),
              QStringLiteral("role"), QStringLiteral("attendance"), QStringLiteral("updated_at"),
              QStringLiteral("updated_by")}))
    , m_agendaItems(std::make_unique<BulkInserter>(context.db, QStringLiteral("agenda_item"),
          dated(context.db,
              {QStringLiteral("meeting_id"), QStringLiteral("position"), QStringLiteral("title"),
                  QStringLiteral("client_id"), QStringLiteral("raised_by"),
                  QStringLiteral("from_template"), QStringLiteral("updated_at"),
                  QStringLiteral("updated_by")}),
          true))
    , m_minuteEntries(std::make_unique<BulkInserter>(context.db, QStringLiteral("minute_entry"),
          dated(context.db,
              {QStringLiteral("agenda_item_id"), QStringLiteral("text"),
                  QStringLiteral("author_id"), QStringLiteral("updated_at"),
                  QStringLiteral("updated_by")})))
    , m_actions(std::make_unique<BulkInserter>(context.db, QStringLiteral("team_action"),
          dated(context.db,
              {QStringLiteral("uuid"), QStringLiteral("meeting_id"),
                  QStringLiteral("agenda_item_id"), QStringLiteral("client_id"),
                  QStringLiteral("what"), QStringLiteral("responsible_id"),
                  QStringLiteral("due_date"), QStringLiteral("follow_up_days"),
                  QStringLiteral("status"), QStringLiteral("feedback_to_client"),
                  QStringLiteral("feedback_by"), QStringLiteral("journal_entry_needed"),
                  QStringLiteral("journal_by"), QStringLiteral("done_utc"),
                  QStringLiteral("done_by"), QStringLiteral("updated_at"),
                  QStringLiteral("updated_by")})))
    , m_closings(std::make_unique<BulkInserter>(context.db, QStringLiteral("minutes_closing"),
          QStringList {QStringLiteral("meeting_id"), QStringLiteral("finished_at"),
              QStringLiteral("finished_by"), QStringLiteral("approved_at"),
              QStringLiteral("approved_by"), QStringLiteral("locked"), QStringLiteral("updated_at"),
              QStringLiteral("updated_by")}))
{
    // The order the rows must reach the database in: every row after the
    // rows it refers to, and a meeting's closing, which locks it, last.
    m_participants->after(*m_meetings);
    m_agendaItems->after(*m_meetings);
    m_minuteEntries->after(*m_agendaItems);
    m_actions->after(*m_agendaItems);
    m_closings->after(*m_participants);
    m_closings->after(*m_minuteEntries);
    m_closings->after(*m_actions);
}

MeetingWriter::~MeetingWriter() = default;

QVariantList MeetingWriter::withStart(QVariantList values, const QString &meetingStart) const
{
    if (m_context.db.isPostgres())
        values << meetingStart;
    return values;
}

QList<MeetingWriter::Occurrence> MeetingWriter::occurrences(const ForumTemplate &t) const
{
    QList<Occurrence> list;
    const QDate first = m_context.lastDay.addYears(-m_context.years).addDays(1);
    const QString rule = t.rrule;
    // Monthly forums meet on the first Wednesday, one after the other
    // (reflektionsmöte, APT, kvalitetsmöte: the routine holds them together).
    const int monthlySlot = t.forum == QLatin1String("apt") ? 1
        : t.forum == QLatin1String("kvalitetsmote")         ? 2
        : t.forum == QLatin1String("aktivitetsrad")         ? 3
                                                            : 0;
    // Four weeks past the last day: the planned meetings ahead.
    for (QDate date = first; date <= m_context.lastDay.addDays(28); date = date.addDays(1)) {
        if (rule.startsWith(QLatin1String("FREQ=DAILY"))) {
            if (!isWeekday(date))
                continue;
            list.append({date, QTime(8, 30)});
            if (t.timesPerDay > 1)
                list.append({date, QTime(14, 0)});
        } else if (rule.startsWith(QLatin1String("FREQ=WEEKLY"))) {
            const bool everyOther = rule.contains(QLatin1String("INTERVAL=2"));
            if (date.dayOfWeek() == 2 && (!everyOther || date.weekNumber() % 2 == 0))
                list.append({date, QTime(13, 0)});
        } else if (rule.startsWith(QLatin1String("FREQ=MONTHLY"))) {
            if (date.dayOfWeek() == 3 && date.day() <= 7)
                list.append({date, QTime(13 + monthlySlot, 0)});
        }
    }
    return list;
}

void MeetingWriter::writeUnit(const GeneratedUnit &unit)
{
    Transaction transaction(m_context.db);
    for (const ForumTemplate &forumTemplate : unit.templates) {
        int rotation = 0;
        const auto dates = occurrences(forumTemplate);
        for (const Occurrence &when : dates)
            writeMeeting(unit, forumTemplate, when, rotation);
    }
    m_closings->flush();
    if (m_accessLog)
        m_accessLog->flush();
    transaction.commit();
}

void MeetingWriter::writeMeeting(
    const GeneratedUnit &unit, const ForumTemplate &t, const Occurrence &when, int &rotation)
{
    const QString start = utc(when.date, when.time);
    const bool past = when.date < m_context.lastDay;
    const qint64 secretary = unit.staffIds.at(below(static_cast<int>(unit.staffIds.size())));
    const qint64 meetingId = m_meetings->insert({randomUuid(m_context.random), unit.id, t.id, start,
        t.minMinutes, t.location, past ? QStringLiteral("approved") : QStringLiteral("planned"),
        unit.chairId, secretary, start, unit.chairId});

    QList<qint64> present {unit.chairId};
    const int others = 2 + below(3);
    for (int i = 0; i < others; ++i) {
        const qint64 person = unit.staffIds.at(below(static_cast<int>(unit.staffIds.size())));
        if (!present.contains(person))
            present << person;
    }
    for (qint64 person : present)
        m_participants->insert({meetingId, person, QString(),
            past ? QStringLiteral("present") : QStringLiteral("expected"), start, unit.chairId});

    // The fixed agenda; per-client items for the two clients in rotation,
    // then items members raised, so that a meeting averages about eight.
    struct Item
    {
        QString title;
        const GeneratedClient *client;
        bool fromTemplate;
    };
    QList<Item> items;
    const GeneratedClient *rotated[2] = {&unit.clients.at(rotation % unit.clients.size()),
        &unit.clients.at((rotation + 1) % unit.clients.size())};
    rotation += 2;
    for (const auto &templateItem : t.agenda) {
        if (!templateItem.perClient) {
            items.append({templateItem.title, nullptr, true});
            continue;
        }
        for (const GeneratedClient *client : rotated)
            items.append({client->name + QStringLiteral(": ") + templateItem.title, client, true});
    }
    const bool daily = t.rrule.startsWith(QLatin1String("FREQ=DAILY"));
    const int raised = daily ? 2 + below(8) : below(3);
    for (int i = 0; i < raised; ++i) {
        const GeneratedClient *client
            = &unit.clients.at(below(static_cast<int>(unit.clients.size())));
        items.append({m_context.text.raisedItemTitle(client->name), client, false});
    }

    if (past && m_accessLog) {
        QList<const GeneratedClient *> named;
        for (const Item &item : items) {
            if (item.client && !named.contains(item.client))
                named << item.client;
        }
        m_accessLog->meetingHeld(
            unit, meetingId, QDateTime::fromString(start, Qt::ISODate), secretary, named);
    }

    int position = 0;
    for (const Item &item : items) {
        const qint64 raisedBy = item.fromTemplate ? unit.chairId : secretary;
        const qint64 itemId = m_agendaItems->insert(
            withStart({meetingId, ++position, item.title,
                          item.client ? QVariant(item.client->id) : QVariant(), raisedBy,
                          item.fromTemplate ? 1 : 0, start, raisedBy},
                start));
        if (!past)
            continue;
        const QString clientName = item.client ? item.client->name : QStringLiteral("Kunden");
        m_minuteEntries->insert(withStart(
            {itemId, m_context.text.minuteNote(clientName), secretary, start, secretary}, start));
        if (!item.client || below(100) >= 27)
            continue;
        const QDate due = when.date.addDays(14 + below(46));
        const bool done = due < m_context.lastDay.addDays(-30) || below(3) == 0;
        const qint64 responsible = unit.staffIds.at(below(static_cast<int>(unit.staffIds.size())));
        const QString uuid = randomUuid(m_context.random);
        const QString what = m_context.text.actionText(item.client->name);
        const int followUpDays = below(2) ? 14 : 0;
        const int feedback = below(2);
        const int journal = below(2);
        // "Dokumenteras i journal av X": the decisions of the last two months
        // wait in the responsible person's journal list; older ones were
        // documented before the reminder was kept.
        const bool remind = journal && when.date > m_context.lastDay.addMonths(-2);
        m_actions->insert(withStart(
            {uuid, meetingId, itemId, item.client->id, what, responsible, due.toString(Qt::ISODate),
                followUpDays, done ? QStringLiteral("done") : QStringLiteral("open"), feedback,
                QVariant(item.client ? QVariant(responsible) : QVariant()), journal,
                remind ? QVariant(responsible) : QVariant(),
                done ? QVariant(utc(due, QTime(15, 0))) : QVariant(),
                done ? QVariant(responsible) : QVariant(), start, secretary},
            start));
    }
    // Last: once locked, the meeting's rows refuse every insert.
    if (past) {
        const QString end = utc(when.date, when.time.addSecs(t.minMinutes * 60));
        m_closings->insert({meetingId, end, secretary, end, unit.chairId, 1, end, unit.chairId});
    }
}

void MeetingWriter::addCounts(GeneratorResult &result) const
{
    result.meetings = m_meetings->rowsInserted();
    result.participants = m_participants->rowsInserted();
    result.agendaItems = m_agendaItems->rowsInserted();
    result.minuteEntries = m_minuteEntries->rowsInserted();
    result.actions = m_actions->rowsInserted();
}

} // namespace tf
