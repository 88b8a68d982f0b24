#include "storage/care/RiskRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/ClientSet.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

#include <memory>

namespace tf {

QString riskAnswerText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

namespace {

QJsonValue valueFromText(const QString &text)
{
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return document.array().first();
}
} // namespace

RiskRepository::RiskRepository(Database &db)
    : m_db(db)
{ }

qint64 RiskRepository::add(RiskAssessment assessment, qint64 actorId)
{
    QString error;
    if (!assessRisk(&assessment, &error))
        throw StorageError(StorageError::Kind::General, error);
    if (!assessment.assessedUtc.isValid())
        assessment.assessedUtc = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO risk_assessment (uuid, client_id, instrument, instrument_version, "
            "assessed_at, assessed_by, complete, score, risk, level, referral, comment, "
            "updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const RiskResult &result = assessment.result;
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(assessment.clientId)
        .bind(assessment.instrument)
        .bind(assessment.instrumentVersion)
        .bindTime(assessment.assessedUtc)
        .bindId(assessment.assessedById ? assessment.assessedById : actorId)
        .bindBool(assessment.complete)
        .bind(result.score ? QVariant(*result.score) : QVariant(QMetaType(QMetaType::Int)))
        .bindBool(result.risk)
        .bind(result.level)
        .bind(result.referral ? QVariant(*result.referral ? 1 : 0)
                              : QVariant(QMetaType(QMetaType::Int)))
        .bind(assessment.comment.trimmed())
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    const RiskInstrument *instrument = findRiskInstrument(assessment.instrument);
    for (const RiskItem &item : instrument->items) {
        const bool answered = assessment.answers.contains(item.key);
        const QString reason = assessment.notAssessed.value(item.key).trimmed();
        if (!answered && reason.isEmpty())
            continue;
        Query answer(m_db,
            QStringLiteral("INSERT INTO risk_answer (assessment_id, item_key, "
                           "answer, not_assessed_reason) VALUES (?, ?, ?, ?)"));
        answer.bind(id)
            .bind(item.key)
            .bind(answered ? riskAnswerText(assessment.answers.value(item.key)) : QString())
            .bind(reason)
            .exec();
    }
    recordChange(m_db, actorId, QStringLiteral("risk_assessment"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

namespace {
// The assessments whose client (and instrument) `where` chooses, with their
// answers: two statements of the batch, the answers in one read whatever the
// number of assessments.
Later<QList<RiskAssessment>> assessmentsWhere(
    ReadBatch &batch, const QString &where, const QVariantList &values)
{
    Query &assessments = batch.add(
        QStringLiteral(
            "SELECT id, uuid, client_id, instrument, instrument_version, assessed_at, assessed_by, "
            "complete, score, risk, level, referral, comment FROM risk_assessment a WHERE ")
        + where + QStringLiteral(" ORDER BY assessed_at DESC, id DESC"));
    Query &answers = batch.add(
        QStringLiteral("SELECT r.assessment_id, r.item_key, r.answer, r.not_assessed_reason "
                       "FROM risk_answer r JOIN risk_assessment a ON a.id = r.assessment_id "
                       "WHERE ")
        + where);
    for (const QVariant &value : values) {
        assessments.bind(value);
        answers.bind(value);
    }
    auto list = std::make_shared<QList<RiskAssessment>>();
    batch.read<bool>(assessments, [list](Query &query) {
        while (query.next()) {
            RiskAssessment a;
            a.id = query.id(0);
            a.uuid = query.text(1);
            a.clientId = query.id(2);
            a.instrument = query.text(3);
            a.instrumentVersion = query.text(4);
            a.assessedUtc = query.time(5);
            a.assessedById = query.id(6);
            a.complete = query.boolean(7);
            if (!query.value(8).isNull())
                a.result.score = query.integer(8);
            a.result.risk = query.boolean(9);
            a.result.level = query.text(10);
            if (!query.value(11).isNull())
                a.result.referral = query.boolean(11);
            a.comment = query.text(12);
            *list << a;
        }
        return true;
    });
    return batch.read<QList<RiskAssessment>>(answers, [list](Query &query) {
        QHash<qint64, RiskAssessment *> byId;
        for (RiskAssessment &a : *list)
            byId.insert(a.id, &a);
        while (query.next()) {
            RiskAssessment *a = byId.value(query.id(0));
            if (!a)
                continue;
            if (!query.text(3).isEmpty())
                a->notAssessed.insert(query.text(1), query.text(3));
            else
                a->answers.insert(query.text(1), valueFromText(query.text(2)));
        }
        return std::move(*list);
    });
}
} // namespace

QList<RiskAssessment> RiskRepository::history(qint64 clientId, const QString &instrument)
{
    QString where = QStringLiteral("a.client_id = ?");
    QVariantList values {clientId};
    if (!instrument.isEmpty()) {
        where += QStringLiteral(" AND a.instrument = ?");
        values << instrument;
    }
    return readAlone(
        m_db, [&](ReadBatch &batch) { return assessmentsWhere(batch, where, values); });
}

Later<QHash<qint64, QList<RiskAssessment>>> RiskRepository::historiesOfAgenda(
    ReadBatch &batch, qint64 meetingId)
{
    Later<QList<RiskAssessment>> all = assessmentsWhere(batch,
        QStringLiteral("a.client_id IN (SELECT client_id FROM agenda_item WHERE meeting_id = ?)"),
        {meetingId});
    return batch.derive<QHash<qint64, QList<RiskAssessment>>>([all]() mutable {
        QHash<qint64, QList<RiskAssessment>> byClient;
        for (RiskAssessment &a : all.take())
            byClient[a.clientId] << std::move(a);
        return byClient;
    });
}

std::optional<QDate> RiskRepository::lastCompleteOn(qint64 clientId, const QString &instrument)
{
    Query query(m_db,
        QStringLiteral("SELECT MAX(assessed_at) FROM risk_assessment WHERE "
                       "client_id = ? AND instrument = ? AND complete = 1"));
    query.bind(clientId).bind(instrument).exec();
    if (!query.next() || query.value(0).isNull() || query.text(0).isEmpty())
        return std::nullopt;
    return query.time(0).toTimeZone(QTimeZone("Europe/Stockholm")).date();
}

QHash<QString, QDate> RiskRepository::lastCompleteDates(qint64 clientId)
{
    return readAlone(m_db, [&](ReadBatch &batch) {
        return lastCompleteDatesOf(batch, ClientSet::ids({clientId}));
    }).value(clientId);
}

Later<QHash<qint64, QHash<QString, QDate>>> RiskRepository::lastCompleteDatesOf(
    ReadBatch &batch, const ClientSet &clients)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT client_id, instrument, MAX(assessed_at) FROM risk_assessment "
                       "WHERE client_id IN (%1) AND complete = 1 GROUP BY client_id, instrument")
            .arg(clients.sql()));
    statement.bindAll(clients.values());
    return batch.read<QHash<qint64, QHash<QString, QDate>>>(statement, [](Query &query) {
        QHash<qint64, QHash<QString, QDate>> dates;
        while (query.next()) {
            if (!query.value(2).isNull() && !query.text(2).isEmpty())
                dates[query.id(0)].insert(
                    query.text(1), query.time(2).toTimeZone(QTimeZone("Europe/Stockholm")).date());
        }
        return dates;
    });
}

Later<QHash<QString, QList<RiskInstrumentSetting>>> RiskRepository::instrumentsByServiceType(
    ReadBatch &batch)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT service_type, instrument, interval_months FROM "
                       "risk_instrument_setting ORDER BY service_type, position, instrument"));
    return batch.read<QHash<QString, QList<RiskInstrumentSetting>>>(statement, [](Query &query) {
        QHash<QString, QList<RiskInstrumentSetting>> byType;
        while (query.next()) {
            if (findRiskInstrument(query.text(1)))
                byType[query.text(0)] << RiskInstrumentSetting {query.text(1), query.integer(2)};
        }
        return byType;
    });
}

QList<RiskInstrumentSetting> RiskRepository::instrumentsFor(ServiceType type)
{
    return readAlone(m_db, [&](ReadBatch &batch) {
        return instrumentsByServiceType(batch);
    }).value(serviceTypeKey(type));
}

void RiskRepository::setInstrumentsFor(
    ServiceType type, const QList<RiskInstrumentSetting> &settings, qint64 actorId)
{
    Transaction transaction(m_db);
    Query remove(
        m_db, QStringLiteral("DELETE FROM risk_instrument_setting WHERE service_type = ?"));
    remove.bind(serviceTypeKey(type)).exec();
    int position = 0;
    for (const auto &setting : settings) {
        if (!findRiskInstrument(setting.instrument))
            throw StorageError(StorageError::Kind::General,
                QStringLiteral("Okänt instrument \"%1\".").arg(setting.instrument));
        Query insert(m_db,
            QStringLiteral(
                "INSERT INTO risk_instrument_setting (service_type, instrument, position, "
                "interval_months, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.bind(serviceTypeKey(type))
            .bind(setting.instrument)
            .bind(++position)
            .bind(setting.intervalMonths > 0 ? setting.intervalMonths : 12)
            .bind(nowUtcText())
            .bindId(actorId)
            .exec();
    }
    recordChange(
        m_db, actorId, QStringLiteral("risk_instrument_setting"), 0, QStringLiteral("update"));
    transaction.commit();
}

QDate RiskRepository::movedInOn(qint64 clientId)
{
    Query query(
        m_db, QStringLiteral("SELECT moved_in_on FROM client_admission WHERE client_id = ?"));
    query.bind(clientId).exec();
    return query.next() ? query.date(0) : QDate();
}

QHash<qint64, QDate> RiskRepository::movedInDates()
{
    Query query(m_db, QStringLiteral("SELECT client_id, moved_in_on FROM client_admission"));
    query.exec();
    QHash<qint64, QDate> dates;
    while (query.next())
        dates.insert(query.id(0), query.date(1));
    return dates;
}

Later<QHash<qint64, QDate>> RiskRepository::movedInDatesOf(
    ReadBatch &batch, const ClientSet &clients)
{
    Query &statement = batch.add(QStringLiteral(
        "SELECT client_id, moved_in_on FROM client_admission WHERE client_id IN (%1)")
                                     .arg(clients.sql()));
    statement.bindAll(clients.values());
    return batch.read<QHash<qint64, QDate>>(statement, [](Query &query) {
        QHash<qint64, QDate> dates;
        while (query.next())
            dates.insert(query.id(0), query.date(1));
        return dates;
    });
}

void RiskRepository::setMovedInOn(qint64 clientId, const QDate &date, qint64 actorId)
{
    Transaction transaction(m_db);
    Query remove(m_db, QStringLiteral("DELETE FROM client_admission WHERE client_id = ?"));
    remove.bind(clientId).exec();
    Query insert(m_db,
        QStringLiteral("INSERT INTO client_admission (client_id, moved_in_on, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?)"));
    insert.bind(clientId).bindDate(date).bind(nowUtcText()).bindId(actorId).exec();
    recordChange(
        m_db, actorId, QStringLiteral("client_admission"), clientId, QStringLiteral("update"));
    transaction.commit();
}

std::optional<int> RiskRepository::teamInterval(qint64 clientId, const QString &instrument)
{
    Query query(m_db,
        QStringLiteral("SELECT months FROM risk_interval WHERE client_id = ? AND "
                       "instrument = ?"));
    query.bind(clientId).bind(instrument).exec();
    if (!query.next())
        return std::nullopt;
    return query.integer(0);
}

QHash<QString, int> RiskRepository::teamIntervals(qint64 clientId)
{
    return readAlone(m_db, [&](ReadBatch &batch) {
        return teamIntervalsOf(batch, ClientSet::ids({clientId}));
    }).value(clientId);
}

Later<QHash<qint64, QHash<QString, int>>> RiskRepository::teamIntervalsOf(
    ReadBatch &batch, const ClientSet &clients)
{
    Query &statement
        = batch.add(QStringLiteral("SELECT client_id, instrument, months FROM risk_interval "
                                   "WHERE client_id IN (%1)")
                        .arg(clients.sql()));
    statement.bindAll(clients.values());
    return batch.read<QHash<qint64, QHash<QString, int>>>(statement, [](Query &query) {
        QHash<qint64, QHash<QString, int>> months;
        while (query.next())
            months[query.id(0)].insert(query.text(1), query.integer(2));
        return months;
    });
}

void RiskRepository::setTeamInterval(
    qint64 clientId, const QString &instrument, int months, qint64 meetingId, qint64 actorId)
{
    Transaction transaction(m_db);
    Query remove(m_db,
        QStringLiteral("DELETE FROM risk_interval WHERE client_id = ? AND "
                       "instrument = ?"));
    remove.bind(clientId).bind(instrument).exec();
    if (months > 0) {
        Query insert(m_db,
            QStringLiteral(
                "INSERT INTO risk_interval (client_id, instrument, months, meeting_id, updated_at, "
                "updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.bind(clientId)
            .bind(instrument)
            .bind(months)
            .bindId(meetingId)
            .bind(nowUtcText())
            .bindId(actorId)
            .exec();
    }
    recordChange(
        m_db, actorId, QStringLiteral("risk_interval"), clientId, QStringLiteral("update"));
    transaction.commit();
}

} // namespace tf
