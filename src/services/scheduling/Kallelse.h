#pragma once

#include "domain/Meeting.h"

#include <QList>
#include <QString>

class QTextDocument;

namespace tf {

class Workspace;

// The invitation to one meeting (kallelse): forum, unit, date, time, place,
// who chairs, who is invited (förhinder and substitutes, adjuncts, the
// client and relatives as guests, external participants with their
// organisation), the occurrence's leader and the agenda, laid out for print and
// PDF. Naming the guests records the read of their clients in the access
// log (before the meeting).
struct Kallelse
{
    struct Line
    {
        QString name;
        QString detail;
    };
    struct Item
    {
        int number = 0;
        QString title;
        QString client;
        QString body;
        QString raisedBy;
    };

    QString forum;
    QString unit;
    QDateTime startUtc;
    int minutes = 0;
    QString place;
    QString chair;
    QList<Line> participants;
    QList<Line> adjuncts;
    QList<Line> guests; // the client and relatives invited (no calendar invitation)
    QList<Line> externals; // from other organisations, with organisation and role
    QString leader; // the occurrence's mötesledare, proposed or chosen
    QList<Item> agenda;

    // Throws StorageError when the meeting does not exist or is cancelled.
    static Kallelse load(Workspace &workspace, qint64 meetingId);
    QString html() const;
    void fill(QTextDocument &document) const;
    // A4 PDF; throws StorageError with a Swedish message when it cannot be written.
    void writePdf(const QString &path) const;
    QString suggestedFileName() const;
};

} // namespace tf
