#pragma once

#include "domain/care/Objection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tf {

class Workspace;

// How every view says that a note was corrected (the text it had, why, who
// and when) or that the client objects to a note or an assessment (what
// they say, who recorded it and when): the minutes, the search's hits and
// "Mina kunder" show the same lines.
class RemarkText
{
    Q_DECLARE_TR_FUNCTIONS(RemarkText)
public:
    static QString correction(Workspace &workspace, const NoteCorrection &correction);
    static QString objection(Workspace &workspace, const Objection &objection);
    // The corrections, then the objections, one a line.
    static QString lines(Workspace &workspace, const QList<NoteCorrection> &corrections,
        const QList<Objection> &objections);
};

} // namespace tf
