#pragma once

#include "domain/quality/Complaint.h"

#include <QList>
#include <QString>

namespace tf {

class Workspace;

// Klagomål och synpunkter (seed 003): registered by the unit without client
// details (the rule of domain/quality/ClientMention, as for deviations),
// taken up at the APT (AgendaBuilder brings the open ones) and closed when
// the feedback is recorded. Refusals are StorageError (Refused) in Swedish.

// Saves a new complaint or suggestion (open); returns its id. Needs a unit
// that exists, a day that has come and a summary of at most 500 characters
// that names no client.
qint64 registerComplaint(Workspace &workspace, const Complaint &complaint);
// The unit's complaints (every unit's for 0), only the open ones when
// openOnly, oldest first.
QList<Complaint> complaintsOf(Workspace &workspace, qint64 unitId, bool openOnly);
// Records the feedback given (no client details either) on the day and
// closes the complaint; returns it as saved.
Complaint recordComplaintFeedback(
    Workspace &workspace, qint64 complaintId, const QString &feedback, const QDate &on);

// The APT's agenda item for the unit's open complaints: its title, and its
// text listing each one; empty text when none is open.
QString complaintsItemTitle();
QString openComplaintsText(const QList<Complaint> &open);

} // namespace tf
