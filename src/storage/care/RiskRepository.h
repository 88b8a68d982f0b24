#pragma once

#include "domain/ServiceType.h"
#include "domain/care/RiskAssessment.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

#include <QJsonValue>

namespace tf {

class Database;
class ClientSet;
class ReadBatch;
template <typename T> class Later;

// An item answer as stored: the JSON value as compact text ("true", "2",
// "[\"vision\"]").
QString riskAnswerText(const QJsonValue &value);

struct RiskInstrumentSetting
{
    QString instrument;
    int intervalMonths = 12;
};

// Risk assessments (history, never overwritten), which instruments each
// verksamhet uses, moving-in dates and the team's shorter intervals.
class RiskRepository
{
public:
    explicit RiskRepository(Database &db);

    // Scores the answers (assessRisk) and stores the assessment with its item
    // answers. Throws StorageError with the Swedish reason when an answer is
    // invalid. Returns the new id.
    qint64 add(RiskAssessment assessment, qint64 actorId);
    // Newest first; all instruments when `instrument` is empty.
    QList<RiskAssessment> history(qint64 clientId, const QString &instrument = {});
    // The histories of the clients on the meeting's agenda, newest first,
    // by client.
    Later<QHash<qint64, QList<RiskAssessment>>> historiesOfAgenda(
        ReadBatch &batch, qint64 meetingId);
    std::optional<QDate> lastCompleteOn(qint64 clientId, const QString &instrument);
    // The same for every instrument of the client in one read, by
    // instrument; an instrument never completed is missing.
    QHash<QString, QDate> lastCompleteDates(qint64 clientId);
    // The same for each of the set's clients, by client.
    Later<QHash<qint64, QHash<QString, QDate>>> lastCompleteDatesOf(
        ReadBatch &batch, const ClientSet &clients);

    QList<RiskInstrumentSetting> instrumentsFor(ServiceType type);
    // Every verksamhet's instruments, by its key (serviceTypeKey).
    Later<QHash<QString, QList<RiskInstrumentSetting>>> instrumentsByServiceType(ReadBatch &batch);
    // Replaces the verksamhet's instruments, in the given order.
    void setInstrumentsFor(
        ServiceType type, const QList<RiskInstrumentSetting> &settings, qint64 actorId);

    QDate movedInOn(qint64 clientId);
    // Every client's moved-in date (the insats's start), by client id.
    QHash<qint64, QDate> movedInDates();
    // The same of the set's clients only.
    Later<QHash<qint64, QDate>> movedInDatesOf(ReadBatch &batch, const ClientSet &clients);
    void setMovedInOn(qint64 clientId, const QDate &date, qint64 actorId);

    // The interval the team decided for this client, if any.
    std::optional<int> teamInterval(qint64 clientId, const QString &instrument);
    // Every interval the team decided for the client, by instrument.
    QHash<QString, int> teamIntervals(qint64 clientId);
    // The same for each of the set's clients, by client.
    Later<QHash<qint64, QHash<QString, int>>> teamIntervalsOf(
        ReadBatch &batch, const ClientSet &clients);
    // months 0 removes the team's interval.
    void setTeamInterval(
        qint64 clientId, const QString &instrument, int months, qint64 meetingId, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
