#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tf {

// How the contact person reported a decision back to the client.
enum class FeedbackMethod { InPerson, Phone, ViaRelative };
QString feedbackMethodKey(FeedbackMethod method);
FeedbackMethod feedbackMethodFromKey(const QString &key);
QString feedbackMethodLabel(FeedbackMethod method); // Swedish

// Återkoppling of one decided action to the client.
struct ClientFeedback
{
    qint64 actionId = 0;
    int version = 0;
    QDate givenOn;
    FeedbackMethod method = FeedbackMethod::InPerson;
    qint64 givenById = 0;
    QString note;
};

// Whether relatives were asked before the meeting, as the client wishes.
enum class RelativesAsked { NotAnswered, Asked, ClientDeclined, NoRelatives };
QString relativesAskedKey(RelativesAsked value);
RelativesAsked relativesAskedFromKey(const QString &key);
QString relativesAskedLabel(RelativesAsked value); // Swedish

// The participation checklist before a client's agenda item.
struct Participation
{
    qint64 agendaItemId = 0;
    int version = 0;
    bool clientAsked = false;
    QString clientWishes;
    QString notAskedReason; // why the client was not asked
    RelativesAsked relatives = RelativesAsked::NotAnswered;
    QString relativesNote;

    // Done when the client was asked (or why not is written) and the
    // relatives question is answered.
    bool isComplete() const
    {
        const bool clientPart = clientAsked || !notAskedReason.trimmed().isEmpty();
        return clientPart && relatives != RelativesAsked::NotAnswered;
    }
    // Empty when it can be saved, else a Swedish message.
    QString validationError() const;
};

// The SBAR form of the samordningsmöte (Bilaga 2).
enum class HandlingTime { Urgent, NextDay, NextWeekday, AsNeeded };
QString handlingTimeKey(HandlingTime time);
HandlingTime handlingTimeFromKey(const QString &key);
QString handlingTimeLabel(HandlingTime time); // Swedish

struct SbarReport
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    qint64 clientId = 0;
    qint64 agendaItemId = 0;
    qint64 senderId = 0;
    QString receiver;
    QString situation;
    QString background;
    QString currentState; // "Aktuellt tillstånd (och bedömning)"
    QString recommendation;
    HandlingTime handlingTime = HandlingTime::NextWeekday;
    QString reply;
    bool readBack = false;
    QDateTime createdUtc;

    QString validationError() const;
};

// A client who needs a samordnad individuell plan, and who calls it.
struct SipNeed
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    qint64 clientId = 0;
    qint64 meetingId = 0;
    qint64 responsibleId = 0;
    QString note;
    QDate doneOn; // invalid while open

    bool isOpen() const { return !doneOn.isValid(); }
};

} // namespace tf
