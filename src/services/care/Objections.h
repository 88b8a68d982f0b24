#pragma once

#include "domain/Meeting.h"
#include "domain/care/Objection.h"

#include <QHash>
#include <QList>

namespace tf {

class Workspace;

// Objections (uppgiften anses oriktig) against notes and risk assessments,
// and corrections of notes. An objection is added beside what it is about,
// which stays as it was, so it may be recorded on approved minutes too. A
// correction replaces a note's text and keeps the text it had, with who and
// when; the minutes' lock refuses it on approved minutes (an addendum says
// it there). Each is one transaction by the workspace's person. Throws
// StorageError with a Swedish message.
class Objections
{
public:
    explicit Objections(Workspace &workspace);

    Objection againstNote(qint64 noteId, const QString &text);
    Objection againstAssessment(qint64 assessmentId, const QString &text);
    // The note with its new text. The reason is required: a correction
    // says why the note was wrong.
    MinuteEntry correctNote(qint64 noteId, const QString &text, const QString &reason);

    QList<Objection> ofNote(qint64 noteId);
    QList<Objection> ofAssessment(qint64 assessmentId);
    QList<NoteCorrection> correctionsOfNote(qint64 noteId);
    QList<Objection> ofClient(qint64 clientId);
    // Both for the notes of one meeting, and the objections to the risk
    // assessments of the clients on its agenda (assessmentId set), in one read.
    void ofMeeting(
        qint64 meetingId, QList<Objection> *objections, QList<NoteCorrection> *corrections);
    // Both for some notes (the search's hits), in one read, by note id.
    void ofNotes(const QList<qint64> &noteIds, QHash<qint64, QList<Objection>> *objections,
        QHash<qint64, QList<NoteCorrection>> *corrections);

private:
    Objection record(Objection objection);

    Workspace &m_workspace;
};

} // namespace tf
