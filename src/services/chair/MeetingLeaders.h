#pragma once

#include "domain/MeetingGuest.h"
#include "domain/MeetingLeader.h"
#include "domain/MeetingSeries.h"
#include "domain/Person.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tf {

class Workspace;

// The leader of each occurrence (seed 001: "Mötet leds med fördel växelvis
// av deltagare från kommun och hälsocentral"; Bilaga 1: "Utse mötesledare").
// An occurrence without a chosen leader has the one proposed by alternation
// from the previous occurrence of its series (leadersByAlternation); the
// chair may choose another, which is kept and which the next proposal
// follows. The choice is a column of the meeting, so locked minutes keep
// theirs (the database refuses the change).
class MeetingLeaders
{
public:
    explicit MeetingLeaders(Workspace &workspace);

    struct Leader
    {
        MeetingLeader leader;
        bool proposed = false; // by alternation, not chosen
        QString name; // "Anna Andersson" or externalPersonLabel
    };
    // Someone who may lead the meeting: its municipal participants and
    // chair, and its external participants.
    struct Candidate
    {
        MeetingLeader leader;
        QString name;
    };

    Leader of(qint64 meetingId);
    QList<Candidate> candidates(qint64 meetingId);
    // The same for a meeting already read.
    Leader of(const Meeting &meeting);
    QList<Candidate> candidates(const Meeting &meeting);
    // The leader by alternation over the series' occurrences as read
    // (seriesMeetings: none for a meeting without series) and their
    // external participants (ExternalParticipantRepository::
    // ofSeriesMeetings up to the meeting's start), without the name.
    static Leader leaderAmong(const Meeting &meeting, const QList<SeriesMeeting> &seriesMeetings,
        const QHash<qint64, QList<qint64>> &externals);
    // Reads the leader's name into it.
    void readName(Leader &leader);
    // The candidates among the people read (they hold at least the chair and
    // the participants) and the meeting's guests, the external ones.
    static QList<Candidate> candidatesAmong(const Meeting &meeting,
        const QList<Participant> &participants, const QList<Person> &people,
        const QList<MeetingGuest> &guests);
    // Chooses the leader in one transaction. Refused: someone not among the
    // candidates, a cancelled meeting; the database refuses locked minutes.
    void choose(qint64 meetingId, const MeetingLeader &leader);
    // Stores the proposed leader as the meeting's own, so that approved
    // minutes keep who led whatever earlier meetings are changed later.
    // Called as the minutes are approved, in the approval's transaction.
    void keepProposed(qint64 meetingId);

private:
    Workspace &m_workspace;
};

} // namespace tf
