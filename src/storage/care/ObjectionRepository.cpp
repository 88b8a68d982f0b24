#include "storage/care/ObjectionRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

ObjectionRepository::ObjectionRepository(Database &db)
    : m_db(db)
{ }

qint64 ObjectionRepository::record(const Objection &objection, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO objection (client_id, minute_entry_id, risk_assessment_id, "
                       "text, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(objection.clientId)
        .bindId(objection.noteId)
        .bindId(objection.assessmentId)
        .bind(objection.text)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("objection"), id, QStringLiteral("insert"));
    return id;
}

void ObjectionRepository::recordCorrection(const NoteCorrection &correction, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO note_correction (client_id, minute_entry_id, previous_text, "
                       "corrected_at, corrected_by) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(correction.clientId)
        .bind(correction.noteId)
        .bind(correction.previousText)
        .bind(nowUtcText())
        .bindId(actorId)
        .exec();
}

QList<Objection> ObjectionRepository::objections(const QString &where, qint64 id)
{
    Query query(m_db,
        QStringLiteral("SELECT id, client_id, minute_entry_id, risk_assessment_id, text, "
                       "recorded_at, recorded_by FROM objection WHERE %1 = ? ORDER BY id")
            .arg(where));
    query.bind(id).exec();
    QList<Objection> found;
    while (query.next()) {
        Objection objection;
        objection.id = query.id(0);
        objection.clientId = query.id(1);
        objection.noteId = query.id(2);
        objection.assessmentId = query.id(3);
        objection.text = query.text(4);
        objection.recordedUtc = query.time(5);
        objection.recordedById = query.id(6);
        found << objection;
    }
    return found;
}

QList<Objection> ObjectionRepository::forClient(qint64 clientId)
{
    return objections(QStringLiteral("client_id"), clientId);
}

QList<Objection> ObjectionRepository::againstNote(qint64 noteId)
{
    return objections(QStringLiteral("minute_entry_id"), noteId);
}

QList<Objection> ObjectionRepository::againstAssessment(qint64 assessmentId)
{
    return objections(QStringLiteral("risk_assessment_id"), assessmentId);
}

namespace {
QList<NoteCorrection> corrections(Database &db, const QString &where, qint64 id)
{
    Query query(db,
        QStringLiteral("SELECT id, client_id, minute_entry_id, previous_text, corrected_at, "
                       "corrected_by FROM note_correction WHERE %1 = ? ORDER BY id")
            .arg(where));
    query.bind(id).exec();
    QList<NoteCorrection> found;
    while (query.next()) {
        NoteCorrection correction;
        correction.id = query.id(0);
        correction.clientId = query.id(1);
        correction.noteId = query.id(2);
        correction.previousText = query.text(3);
        correction.correctedUtc = query.time(4);
        correction.correctedById = query.id(5);
        found << correction;
    }
    return found;
}
} // namespace

QList<NoteCorrection> ObjectionRepository::correctionsForClient(qint64 clientId)
{
    return corrections(m_db, QStringLiteral("client_id"), clientId);
}

QList<NoteCorrection> ObjectionRepository::correctionsOfNote(qint64 noteId)
{
    return corrections(m_db, QStringLiteral("minute_entry_id"), noteId);
}

std::optional<qint64> ObjectionRepository::clientOfNote(qint64 noteId)
{
    Query query(m_db,
        QStringLiteral("SELECT COALESCE(i.client_id, 0) FROM minute_entry e "
                       "JOIN agenda_item i ON i.id = e.agenda_item_id WHERE e.id = ?"));
    query.bind(noteId).exec();
    if (!query.next())
        return std::nullopt;
    return query.id(0);
}

std::optional<qint64> ObjectionRepository::clientOfAssessment(qint64 assessmentId)
{
    Query query(m_db, QStringLiteral("SELECT client_id FROM risk_assessment WHERE id = ?"));
    query.bind(assessmentId).exec();
    if (!query.next())
        return std::nullopt;
    return query.id(0);
}

} // namespace tf
