#include "services/care/Objections.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/MinutesRepository.h"
#include "storage/Transaction.h"
#include "storage/care/ObjectionRepository.h"

namespace tf {

namespace {
StorageError noSuch(const QString &what, qint64 id)
{
    return StorageError(StorageError::Kind::NotFound,
        QStringLiteral("Det finns ingen %1 med id %2.").arg(what).arg(id));
}

qint64 clientOfNote(ObjectionRepository &repository, qint64 noteId)
{
    const auto client = repository.clientOfNote(noteId);
    if (!client)
        throw noSuch(QStringLiteral("anteckning"), noteId);
    if (*client == 0)
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Anteckningen %1 gäller ingen kund; en invändning eller rättelse "
                           "hör till en anteckning om en kund.")
                .arg(noteId));
    return *client;
}
} // namespace

Objections::Objections(Workspace &workspace)
    : m_workspace(workspace)
{ }

Objection Objections::record(Objection objection)
{
    objection.text = objection.text.trimmed();
    if (objection.text.isEmpty())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Skriv vad kunden anser är oriktigt; en tom invändning sparas inte."));
    Transaction transaction(m_workspace.database());
    ObjectionRepository repository(m_workspace.database());
    if (objection.noteId) {
        objection.clientId = clientOfNote(repository, objection.noteId);
    } else {
        const auto client = repository.clientOfAssessment(objection.assessmentId);
        if (!client)
            throw noSuch(QStringLiteral("riskbedömning"), objection.assessmentId);
        objection.clientId = *client;
    }
    objection.id = repository.record(objection, m_workspace.actorId());
    transaction.commit();
    for (const Objection &stored : repository.forClient(objection.clientId))
        if (stored.id == objection.id)
            return stored;
    return objection;
}

Objection Objections::againstNote(qint64 noteId, const QString &text)
{
    Objection objection;
    objection.noteId = noteId;
    objection.text = text;
    return record(objection);
}

Objection Objections::againstAssessment(qint64 assessmentId, const QString &text)
{
    Objection objection;
    objection.assessmentId = assessmentId;
    objection.text = text;
    return record(objection);
}

MinuteEntry Objections::correctNote(qint64 noteId, const QString &text, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Skriv varför anteckningen rättas; en rättelse utan skäl sparas inte."));
    Transaction transaction(m_workspace.database());
    ObjectionRepository repository(m_workspace.database());
    NoteCorrection correction;
    correction.noteId = noteId;
    correction.clientId = clientOfNote(repository, noteId);
    const auto note = m_workspace.minutes().entry(noteId);
    if (!note)
        throw noSuch(QStringLiteral("anteckning"), noteId);
    if (note->text == text)
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Rättelsen är samma text som anteckningen redan har; inget ändrades."));
    correction.previousText = note->text;
    correction.reason = reason.trimmed();
    repository.recordCorrection(correction, m_workspace.actorId());
    MinuteEntry corrected = *note;
    corrected.text = text;
    // The lock of approved minutes refuses this, the correction row with it.
    corrected = m_workspace.minutes().saveEntry(corrected, m_workspace.actorId());
    transaction.commit();
    return corrected;
}

QList<Objection> Objections::ofNote(qint64 noteId)
{
    return ObjectionRepository(m_workspace.database()).againstNote(noteId);
}

QList<Objection> Objections::ofAssessment(qint64 assessmentId)
{
    return ObjectionRepository(m_workspace.database()).againstAssessment(assessmentId);
}

QList<NoteCorrection> Objections::correctionsOfNote(qint64 noteId)
{
    return ObjectionRepository(m_workspace.database()).correctionsOfNote(noteId);
}

QList<Objection> Objections::ofClient(qint64 clientId)
{
    return ObjectionRepository(m_workspace.database()).forClient(clientId);
}

void Objections::ofMeeting(
    qint64 meetingId, QList<Objection> *objections, QList<NoteCorrection> *corrections)
{
    ObjectionRepository(m_workspace.database()).ofMeeting(meetingId, objections, corrections);
}

void Objections::ofNotes(const QList<qint64> &noteIds, QHash<qint64, QList<Objection>> *objections,
    QHash<qint64, QList<NoteCorrection>> *corrections)
{
    QList<Objection> foundObjections;
    QList<NoteCorrection> foundCorrections;
    ObjectionRepository(m_workspace.database())
        .ofNotes(noteIds, &foundObjections, &foundCorrections);
    for (const Objection &objection : std::as_const(foundObjections))
        (*objections)[objection.noteId] << objection;
    for (const NoteCorrection &correction : std::as_const(foundCorrections))
        (*corrections)[correction.noteId] << correction;
}

} // namespace tf
