#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tf {

// A klagomål (something went wrong) or a synpunkt (a suggestion).
enum class ComplaintKind { Complaint, Suggestion };
const QList<ComplaintKind> &complaintKinds();
QString complaintKindKey(ComplaintKind kind); // klagomal, synpunkt
QString complaintKindLabel(ComplaintKind kind); // Klagomål, Synpunkt
bool complaintKindFromText(const QString &text, ComplaintKind *kind);

// Open until the feedback to whoever raised it is recorded.
enum class ComplaintStatus { Open, FeedbackGiven };
QString complaintStatusKey(ComplaintStatus status); // oppen, aterkopplad
QString complaintStatusLabel(ComplaintStatus status); // Öppen, Återkopplad

// A complaint or suggestion received by a unit, summarised without client
// details, taken up at the APT and answered.
struct Complaint
{
    qint64 id = 0;
    qint64 unitId = 0;
    QDate receivedOn;
    ComplaintKind kind = ComplaintKind::Complaint;
    QString summary;
    ComplaintStatus status = ComplaintStatus::Open;
    QString feedback;
    QDate feedbackOn;
};

} // namespace tf
