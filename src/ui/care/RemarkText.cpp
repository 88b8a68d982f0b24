#include "ui/care/RemarkText.h"

#include "services/ActionList.h"
#include "ui/care/CareText.h"

#include <QStringList>

namespace tf {

QString RemarkText::correction(Workspace &workspace, const NoteCorrection &correction)
{
    QString line = tr("Corrected by %1, %2. The text before the correction: %3")
                       .arg(personName(workspace, correction.correctedById),
                           stockholmDate(correction.correctedUtc).toString(Qt::ISODate),
                           correction.previousText);
    if (!correction.reason.isEmpty())
        line += QLatin1Char('\n') + tr("Reason for the correction: %1").arg(correction.reason);
    return line;
}

QString RemarkText::objection(Workspace &workspace, const Objection &objection)
{
    return tr("Objection, the information is held to be wrong (%1, %2): %3")
        .arg(personName(workspace, objection.recordedById),
            stockholmDate(objection.recordedUtc).toString(Qt::ISODate), objection.text);
}

QString RemarkText::lines(Workspace &workspace, const QList<NoteCorrection> &corrections,
    const QList<Objection> &objections)
{
    QStringList lines;
    for (const NoteCorrection &c : corrections)
        lines << correction(workspace, c);
    for (const Objection &o : objections)
        lines << objection(workspace, o);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tf
