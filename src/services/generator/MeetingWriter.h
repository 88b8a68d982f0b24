#pragma once

#include "domain/ForumTemplate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <random>

namespace tf {

class AccessLogWriter;
class BulkInserter;
class Database;
class TextBank;
struct GeneratorResult;

struct GeneratedClient
{
    qint64 id;
    QString name;
    qint64 contactId;
    qint64 nurseId;
};

struct GeneratedUnit
{
    qint64 id = 0;
    ServiceType serviceType = ServiceType::Sabo;
    QString name;
    qint64 chairId = 0;
    QList<qint64> staffIds;
    QList<GeneratedClient> clients;
    QList<ForumTemplate> templates;
};

struct GeneratorContext
{
    Database &db;
    std::mt19937_64 &random;
    TextBank &text;
    QList<GeneratedUnit> units;
    QDate lastDay;
    int years;
};

// A version 4 UUID drawn from the generator's engine, so it is repeatable.
QString randomUuid(std::mt19937_64 &random);

// Writes the meetings of one unit over the generated years, as its forum
// templates schedule them, with participants, agenda, minutes and actions.
// A held meeting is approved and its minutes locked, as the program does.
class MeetingWriter
{
public:
    explicit MeetingWriter(GeneratorContext &context);
    ~MeetingWriter();

    void writeUnit(const GeneratedUnit &unit);
    // Where the reads around each held meeting are logged; none when unset.
    void setAccessLog(AccessLogWriter *accessLog) { m_accessLog = accessLog; }
    void addCounts(GeneratorResult &result) const;

private:
    struct Occurrence
    {
        QDate date;
        QTime time;
    };
    QList<Occurrence> occurrences(const ForumTemplate &forumTemplate) const;
    void writeMeeting(const GeneratedUnit &unit, const ForumTemplate &forumTemplate,
        const Occurrence &when, int &rotation);
    // The row's values, with its meeting's start where dated() added it.
    QVariantList withStart(QVariantList values, const QString &meetingStart) const;
    int below(int count)
    {
        return static_cast<int>(m_context.random() % static_cast<quint64>(count));
    }

    GeneratorContext &m_context;
    std::unique_ptr<BulkInserter> m_meetings;
    std::unique_ptr<BulkInserter> m_participants;
    std::unique_ptr<BulkInserter> m_agendaItems;
    std::unique_ptr<BulkInserter> m_minuteEntries;
    std::unique_ptr<BulkInserter> m_actions;
    std::unique_ptr<BulkInserter> m_closings;
    AccessLogWriter *m_accessLog = nullptr;
};

} // namespace tf
