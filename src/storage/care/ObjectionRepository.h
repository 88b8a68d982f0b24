#pragma once

#include "domain/care/Objection.h"

#include <QList>

#include <optional>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// Objections against notes and risk assessments, and the corrections of
// notes with the text they replaced. Rows are only added; on PostgreSQL the
// users may not change or remove them and the recording person is the
// signed-in login's.
class ObjectionRepository
{
public:
    explicit ObjectionRepository(Database &db);

    // Records the objection now, by actorId; returns its id.
    qint64 record(const Objection &objection, qint64 actorId);
    // Records that the note had previousText until now, corrected by actorId.
    void recordCorrection(const NoteCorrection &correction, qint64 actorId);

    // The client's objections and corrections, oldest first.
    QList<Objection> forClient(qint64 clientId);
    // The objections against one note or one assessment, oldest first.
    QList<Objection> againstNote(qint64 noteId);
    QList<Objection> againstAssessment(qint64 assessmentId);
    QList<NoteCorrection> correctionsOfNote(qint64 noteId);
    // Every objection to and correction of the notes of one meeting, and the
    // objections to the risk assessments of the clients on its agenda, in
    // one round trip (opening a meeting reads them), oldest first.
    void ofMeeting(
        qint64 meetingId, QList<Objection> *objections, QList<NoteCorrection> *corrections);
    struct Remarks
    {
        QList<Objection> objections;
        QList<NoteCorrection> corrections;
    };
    Later<Remarks> ofMeeting(ReadBatch &batch, qint64 meetingId);
    // Every objection of the client and every correction of a note about
    // the client, oldest first (the objections as forClient reads them).
    Later<Remarks> ofClient(ReadBatch &batch, qint64 clientId);
    // The same for some notes (a page of search hits), in one round trip.
    void ofNotes(const QList<qint64> &noteIds, QList<Objection> *objections,
        QList<NoteCorrection> *corrections);

    // The client a note is about (its agenda item's client); 0 for a note
    // about no client; nothing when there is no such note.
    std::optional<qint64> clientOfNote(qint64 noteId);
    // The client of a risk assessment; nothing when there is none.
    std::optional<qint64> clientOfAssessment(qint64 assessmentId);

private:
    QList<Objection> objections(const QString &where, qint64 id);
    // where: the joins and condition after each table, %1 its alias; the
    // values are bound for the objections and again for the corrections,
    // and a third time for assessmentsWhere (objections "o") when given.
    Later<Remarks> noteRemarks(ReadBatch &batch, const QString &where, const QList<qint64> &values,
        const QString &assessmentsWhere = QString());

    Database &m_db;
};

} // namespace tf
