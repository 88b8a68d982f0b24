#pragma once

#include <QDateTime>
#include <QString>

namespace tf {

// The client holds that a note or a risk assessment about them is wrong
// (uppgiften anses oriktig): what they say, who recorded it and when. It is
// added beside the note or assessment, which stays as it was.
struct Objection
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 noteId = 0; // a minute_entry, or
    qint64 assessmentId = 0; // a risk assessment
    QString text;
    QDateTime recordedUtc;
    qint64 recordedById = 0;
};

// A note corrected after the fact: the text it had before, why it was
// corrected, who corrected it and when. The note holds the corrected text.
struct NoteCorrection
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 noteId = 0;
    QString previousText;
    QString reason; // empty for corrections made before reasons were kept
    QDateTime correctedUtc;
    qint64 correctedById = 0;
};

} // namespace tf
