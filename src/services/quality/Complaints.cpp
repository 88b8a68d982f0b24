#include "services/quality/Complaints.h"

#include "domain/StorageError.h"
#include "domain/quality/ClientMention.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/quality/Deviations.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/quality/ComplaintRepository.h"

namespace tf {

namespace {
constexpr int kTextMax = 500;

[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}

// Why the text cannot be saved as what (e.g. "sammanfattningen"); empty
// when it can.
QString textProblem(Workspace &workspace, const QString &text, const QString &what)
{
    if (text.isEmpty())
        return QStringLiteral("Skriv %1.").arg(what);
    if (text.size() > kTextMax)
        return QStringLiteral("%1 får vara högst %2 tecken; den är %3.")
            .arg(what.left(1).toUpper() + what.mid(1))
            .arg(kTextMax)
            .arg(text.size());
    return clientMentionIn(text, knownClientNames(workspace));
}
} // namespace

qint64 registerComplaint(Workspace &workspace, const Complaint &complaint)
{
    if (!workspace.units().byId(complaint.unitId))
        refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(complaint.unitId));
    if (!complaint.receivedOn.isValid())
        refuse(QStringLiteral("Ange dagen då det kom in (ÅÅÅÅ-MM-DD)."));
    if (complaint.receivedOn > stockholmDate(QDateTime::currentDateTimeUtc()))
        refuse(QStringLiteral("Dagen %1 har inte kommit än.")
                   .arg(complaint.receivedOn.toString(Qt::ISODate)));
    Complaint clean = complaint;
    clean.summary = complaint.summary.trimmed();
    clean.status = ComplaintStatus::Open;
    clean.feedback.clear();
    clean.feedbackOn = {};
    const QString problem
        = textProblem(workspace, clean.summary, QStringLiteral("en kort sammanfattning"));
    if (!problem.isEmpty())
        refuse(problem);
    Transaction transaction(workspace.database());
    const qint64 id = ComplaintRepository(workspace.database()).add(clean, workspace.actorId());
    transaction.commit();
    return id;
}

QList<Complaint> complaintsOf(Workspace &workspace, qint64 unitId, bool openOnly)
{
    return ComplaintRepository(workspace.database()).list(unitId, openOnly);
}

Complaint recordComplaintFeedback(
    Workspace &workspace, qint64 complaintId, const QString &feedback, const QDate &on)
{
    ComplaintRepository repository(workspace.database());
    const auto complaint = repository.byId(complaintId);
    if (!complaint)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns inget klagomål eller någon synpunkt med id %1.")
                .arg(complaintId));
    if (!on.isValid() || on > stockholmDate(QDateTime::currentDateTimeUtc()))
        refuse(QStringLiteral("Ange dagen då återkopplingen gavs; den kan inte ligga framåt."));
    if (on < complaint->receivedOn)
        refuse(QStringLiteral("Återkopplingen kan inte ges före dagen det kom in (%1).")
                   .arg(complaint->receivedOn.toString(Qt::ISODate)));
    const QString text = feedback.trimmed();
    const QString problem = textProblem(workspace, text, QStringLiteral("återkopplingen"));
    if (!problem.isEmpty())
        refuse(problem);
    Transaction transaction(workspace.database());
    repository.recordFeedback(complaintId, text, on, workspace.actorId());
    transaction.commit();
    return *repository.byId(complaintId);
}

QString complaintsItemTitle()
{
    return QStringLiteral("Klagomål och synpunkter");
}

QString openComplaintsText(const QList<Complaint> &open)
{
    QStringList lines;
    for (const Complaint &complaint : open)
        lines << QStringLiteral("%1 %2: %3")
                     .arg(complaint.receivedOn.toString(Qt::ISODate),
                         complaintKindLabel(complaint.kind), complaint.summary);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tf
