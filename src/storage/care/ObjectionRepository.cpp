#include "storage/care/ObjectionRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"

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
                       "reason, corrected_at, corrected_by) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(correction.clientId)
        .bind(correction.noteId)
        .bind(correction.previousText)
        .bind(correction.reason)
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
                       "corrected_by, reason FROM note_correction WHERE %1 = ? ORDER BY id")
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
        correction.reason = query.text(6);
        found << correction;
    }
    return found;
}
} // namespace

QList<NoteCorrection> ObjectionRepository::correctionsOfNote(qint64 noteId)
{
    return corrections(m_db, QStringLiteral("minute_entry_id"), noteId);
}

namespace {
// The remarks read, into the caller's lists.
void copyOut(ObjectionRepository::Remarks remarks, QList<Objection> *objections,
    QList<NoteCorrection> *corrections)
{
    *objections << std::move(remarks.objections);
    *corrections << std::move(remarks.corrections);
}
} // namespace

void ObjectionRepository::ofMeeting(
    qint64 meetingId, QList<Objection> *objections, QList<NoteCorrection> *corrections)
{
    copyOut(readAlone(m_db, [&](ReadBatch &batch) { return ofMeeting(batch, meetingId); }),
        objections, corrections);
}

Later<ObjectionRepository::Remarks> ObjectionRepository::ofMeeting(
    ReadBatch &batch, qint64 meetingId)
{
    // The objections to the assessments of the agenda's clients come in the
    // same statement: opening a meeting shows them beside the risk summary.
    return noteRemarks(batch,
        QStringLiteral("JOIN minute_entry e ON e.id = %1.minute_entry_id "
                       "JOIN agenda_item i ON i.id = e.agenda_item_id WHERE i.meeting_id = ?"),
        {meetingId},
        QStringLiteral("WHERE o.risk_assessment_id IS NOT NULL AND o.client_id IN "
                       "(SELECT client_id FROM agenda_item WHERE meeting_id = ?)"));
}

Later<ObjectionRepository::Remarks> ObjectionRepository::ofClient(ReadBatch &batch, qint64 clientId)
{
    return noteRemarks(batch, QStringLiteral("WHERE %1.client_id = ?"), {clientId});
}

void ObjectionRepository::ofNotes(
    const QList<qint64> &noteIds, QList<Objection> *objections, QList<NoteCorrection> *corrections)
{
    if (noteIds.isEmpty())
        return;
    QStringList marks(noteIds.size(), QStringLiteral("?"));
    const QString where = QStringLiteral("WHERE %1.minute_entry_id IN (")
        + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    copyOut(readAlone(m_db, [&](ReadBatch &batch) { return noteRemarks(batch, where, noteIds); }),
        objections, corrections);
}

Later<ObjectionRepository::Remarks> ObjectionRepository::noteRemarks(ReadBatch &batch,
    const QString &where, const QList<qint64> &values, const QString &assessmentsWhere)
{
    const QString objectionColumns
        = QStringLiteral("SELECT 0, o.id, o.client_id, o.minute_entry_id, o.text, o.recorded_at, "
                         "o.recorded_by, '', o.risk_assessment_id FROM objection o ");
    QString sql = objectionColumns + where.arg(QStringLiteral("o"))
        + QStringLiteral(" UNION ALL SELECT 1, c.id, c.client_id, c.minute_entry_id, "
                         "c.previous_text, c.corrected_at, c.corrected_by, c.reason, NULL "
                         "FROM note_correction c ")
        + where.arg(QStringLiteral("c"));
    if (!assessmentsWhere.isEmpty())
        sql += QStringLiteral(" UNION ALL ") + objectionColumns + assessmentsWhere;
    Query &statement = batch.add(sql + QStringLiteral(" ORDER BY 2"));
    const int passes = assessmentsWhere.isEmpty() ? 2 : 3;
    for (int pass = 0; pass < passes; ++pass)
        for (qint64 value : values)
            statement.bind(value);
    return batch.read<Remarks>(statement, [](Query &query) {
        Remarks remarks;
        while (query.next()) {
            if (query.integer(0) == 0) {
                Objection objection;
                objection.id = query.id(1);
                objection.clientId = query.id(2);
                objection.noteId = query.id(3);
                objection.text = query.text(4);
                objection.recordedUtc = query.time(5);
                objection.recordedById = query.id(6);
                objection.assessmentId = query.id(8);
                remarks.objections << objection;
            } else {
                NoteCorrection correction;
                correction.id = query.id(1);
                correction.clientId = query.id(2);
                correction.noteId = query.id(3);
                correction.previousText = query.text(4);
                correction.correctedUtc = query.time(5);
                correction.correctedById = query.id(6);
                correction.reason = query.text(7);
                remarks.corrections << correction;
            }
        }
        return remarks;
    });
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
