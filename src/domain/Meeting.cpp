#include "domain/Meeting.h"

#include <QSet>

namespace tf {

namespace {
template <typename Enum, int N>
QString keyOf(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return QString::fromLatin1(table[0].second);
}

template <typename Enum, int N>
Enum valueOf(const QString &key, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return table[0].first;
}

const std::pair<MeetingStatus, const char *> kStatusKeys[] = {
    {MeetingStatus::Planned, "planned"},
    {MeetingStatus::Cancelled, "cancelled"},
    {MeetingStatus::InProgress, "in_progress"},
    {MeetingStatus::Finished, "finished"},
    {MeetingStatus::Approved, "approved"},
};

const std::pair<Attendance, const char *> kAttendanceKeys[] = {
    {Attendance::Expected, "expected"},
    {Attendance::Present, "present"},
    {Attendance::Absent, "absent"},
    {Attendance::SubstitutePresent, "substitute_present"},
};
} // namespace

QString meetingStatusKey(MeetingStatus status)
{
    return keyOf(status, kStatusKeys);
}

MeetingStatus meetingStatusFromKey(const QString &key)
{
    return valueOf(key, kStatusKeys);
}

QString attendanceKey(Attendance attendance)
{
    return keyOf(attendance, kAttendanceKeys);
}

Attendance attendanceFromKey(const QString &key)
{
    return valueOf(key, kAttendanceKeys);
}

QList<Person> standInsAmong(const QList<Person> &staff, const QList<Participant> &participants)
{
    QSet<qint64> called;
    QSet<qint64> chosen;
    for (const Participant &participant : participants) {
        called.insert(participant.personId);
        chosen.insert(participant.substituteId);
    }
    QList<Person> offered;
    for (const Person &person : staff) {
        if (!called.contains(person.id) || chosen.contains(person.id))
            offered << person;
    }
    return offered;
}

} // namespace tf
