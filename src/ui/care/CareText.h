#pragma once

#include "domain/Meeting.h"

#include <QString>

namespace tf {

class Workspace;

// "2026-05-06 09:00 Teammöte": a meeting as the care views list it, in
// Europe/Stockholm time.
QString meetingLabel(Workspace &workspace, const Meeting &meeting);
// The same with the forum's name known.
QString meetingLabel(const Meeting &meeting, const QString &forum);
QString localDateTimeText(const QDateTime &utc);
QString personName(Workspace &workspace, qint64 personId);

} // namespace tf
