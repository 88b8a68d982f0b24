#pragma once

#include "domain/Person.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tf {

enum class MeetingStatus { Planned, Cancelled, InProgress, Finished, Approved };
QString meetingStatusKey(MeetingStatus status);
MeetingStatus meetingStatusFromKey(const QString &key);

enum class Attendance { Expected, Present, Absent, SubstitutePresent };
QString attendanceKey(Attendance attendance);
Attendance attendanceFromKey(const QString &key);

// One occurrence of a forum. Times are kept in UTC and shown in
// Europe/Stockholm.
struct Meeting
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    qint64 unitId = 0;
    qint64 templateId = 0;
    qint64 seriesId = 0;
    QDateTime startUtc;
    int minutes = 0;
    QString location;
    MeetingStatus status = MeetingStatus::Planned;
    QString cancelReason; // why a cancelled meeting is not held
    qint64 chairId = 0;
    qint64 secretaryId = 0;
    // The leader chosen for this occurrence (see MeetingLeader.h); both 0:
    // the one proposed by alternation.
    qint64 leaderPersonId = 0;
    qint64 leaderExternalId = 0;
};

struct Participant
{
    qint64 meetingId = 0;
    qint64 personId = 0;
    int version = 0; // as read; 0 for someone not yet on the meeting
    QString role;
    bool adjunct = false;
    Attendance attendance = Attendance::Expected;
    qint64 substituteId = 0; // ersättare named by someone with förhinder
    QDate invitedOn; // adjuncts: when the invitation went out
};

// Who may be named to stand in at a meeting: the staff not called to it,
// and anyone already named as a substitute (a choice made stays shown).
QList<Person> standInsAmong(const QList<Person> &staff, const QList<Participant> &participants);

struct AgendaItem
{
    qint64 id = 0;
    int version = 0; // as read; a change to an older version is a conflict
    qint64 meetingId = 0;
    int position = 0;
    QString title;
    QString body;
    qint64 clientId = 0;
    qint64 raisedById = 0;
    bool fromTemplate = false;
};

// Minnesanteckning for one agenda item, written live.
struct MinuteEntry
{
    qint64 id = 0;
    int version = 0;
    qint64 agendaItemId = 0;
    QString section; // '' for the item's notes, else a MinutesSection key
    QString text;
    qint64 authorId = 0;
    QDateTime updatedUtc;
};

} // namespace tf
