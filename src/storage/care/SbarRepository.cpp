#include "storage/care/SbarRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

SbarRepository::SbarRepository(Database &db)
    : m_db(db)
{ }

namespace {
QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}
std::optional<int> readOptionalInt(const Query &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}
} // namespace

qint64 SbarRepository::create(const SbarReport &report, qint64 actorId)
{
    const QString error = report.validationError();
    if (!error.isEmpty())
        throw StorageError(StorageError::Kind::General, error);
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO sbar_report (uuid, client_id, agenda_item_id, sender_id, sender_name, "
            "sender_profession, receiver, relative_contact, health_centre, responsible_doctor, "
            "medication_list, sample_referral, consent_obtained, consent_date, situation, "
            "background, current_state, respiratory_rate, systolic, diastolic, pulse, alertness, "
            "temperature_tenths, saturation, recommendation, frequency, handling_time, "
            "doctor_order, reply, feedback_date, feedback_by, read_back, created_at, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = nowUtcText();
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(report.clientId)
        .bindId(report.agendaItemId)
        .bindId(report.senderId ? report.senderId : actorId)
        .bind(report.senderName.trimmed())
        .bind(report.senderProfession.trimmed())
        .bind(report.receiver.trimmed())
        .bind(report.relativeContact.trimmed())
        .bind(report.healthCentre.trimmed())
        .bind(report.responsibleDoctor.trimmed())
        .bind(formAnswerKey(report.medicationList))
        .bind(formAnswerKey(report.sampleReferral))
        .bind(formAnswerKey(report.consentObtained))
        .bindDate(report.consentDate)
        .bind(report.situation.trimmed())
        .bind(report.background.trimmed())
        .bind(report.currentState.trimmed())
        .bind(optionalInt(report.vitals.respiratoryRate))
        .bind(optionalInt(report.vitals.systolic))
        .bind(optionalInt(report.vitals.diastolic))
        .bind(optionalInt(report.vitals.pulse))
        .bind(alertnessKey(report.vitals.alertness))
        .bind(optionalInt(report.vitals.temperatureTenths))
        .bind(optionalInt(report.vitals.saturation))
        .bind(report.recommendation.trimmed())
        .bind(report.frequency.trimmed())
        .bind(handlingTimeKey(report.handlingTime))
        .bind(report.doctorOrder.trimmed())
        .bind(report.reply.trimmed())
        .bindDate(report.feedbackDate)
        .bind(report.feedbackBy.trimmed())
        .bindBool(report.readBack)
        .bind(now)
        .bind(now)
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("sbar_report"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

int SbarRepository::complete(const SbarReport &report, qint64 actorId)
{
    const QString error = report.validationError();
    if (!error.isEmpty())
        throw StorageError(StorageError::Kind::General, error);
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE sbar_report SET agenda_item_id = ?, doctor_order = ?, reply = ?, "
                       "feedback_date = ?, feedback_by = ?, read_back = ?, "
                       "version = version + 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND version = ?"));
    update.bindId(report.agendaItemId)
        .bind(report.doctorOrder.trimmed())
        .bind(report.reply.trimmed())
        .bindDate(report.feedbackDate)
        .bind(report.feedbackBy.trimmed())
        .bindBool(report.readBack)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(report.id)
        .bind(report.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("SBAR-rapporten har ändrats av någon annan sedan du "
                           "öppnade den. Dina ändringar har inte sparats."));
    recordChange(m_db, actorId, QStringLiteral("sbar_report"), report.id, QStringLiteral("update"));
    transaction.commit();
    return report.version + 1;
}

std::optional<SbarReport> SbarRepository::byId(qint64 id)
{
    const auto found = select(QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<SbarReport> SbarRepository::byClient(qint64 clientId)
{
    return select(QStringLiteral("client_id = ?"), clientId);
}

QList<SbarReport> SbarRepository::byAgendaItem(qint64 agendaItemId)
{
    return select(QStringLiteral("agenda_item_id = ?"), agendaItemId);
}

QList<SbarReport> SbarRepository::select(const QString &where, qint64 value)
{
    Query query(m_db,
        QStringLiteral(
            "SELECT id, version, uuid, client_id, agenda_item_id, sender_id, receiver, situation, "
            "background, current_state, recommendation, handling_time, reply, read_back, "
            "created_at, sender_name, sender_profession, relative_contact, health_centre, "
            "responsible_doctor, medication_list, sample_referral, consent_obtained, "
            "consent_date, respiratory_rate, systolic, diastolic, pulse, alertness, "
            "temperature_tenths, saturation, frequency, doctor_order, feedback_date, feedback_by "
            "FROM sbar_report WHERE ")
            + where + QStringLiteral(" ORDER BY created_at DESC, id DESC"));
    query.bind(value).exec();
    QList<SbarReport> list;
    while (query.next()) {
        SbarReport r;
        r.id = query.id(0);
        r.version = query.integer(1);
        r.uuid = query.text(2);
        r.clientId = query.id(3);
        r.agendaItemId = query.id(4);
        r.senderId = query.id(5);
        r.receiver = query.text(6);
        r.situation = query.text(7);
        r.background = query.text(8);
        r.currentState = query.text(9);
        r.recommendation = query.text(10);
        r.handlingTime = handlingTimeFromKey(query.text(11));
        r.reply = query.text(12);
        r.readBack = query.boolean(13);
        r.createdUtc = query.time(14);
        r.senderName = query.text(15);
        r.senderProfession = query.text(16);
        r.relativeContact = query.text(17);
        r.healthCentre = query.text(18);
        r.responsibleDoctor = query.text(19);
        r.medicationList = formAnswerFromKey(query.text(20));
        r.sampleReferral = formAnswerFromKey(query.text(21));
        r.consentObtained = formAnswerFromKey(query.text(22));
        r.consentDate = query.date(23);
        r.vitals.respiratoryRate = readOptionalInt(query, 24);
        r.vitals.systolic = readOptionalInt(query, 25);
        r.vitals.diastolic = readOptionalInt(query, 26);
        r.vitals.pulse = readOptionalInt(query, 27);
        r.vitals.alertness = alertnessFromKey(query.text(28));
        r.vitals.temperatureTenths = readOptionalInt(query, 29);
        r.vitals.saturation = readOptionalInt(query, 30);
        r.frequency = query.text(31);
        r.doctorOrder = query.text(32);
        r.feedbackDate = query.date(33);
        r.feedbackBy = query.text(34);
        list << r;
    }
    return list;
}

} // namespace tf
