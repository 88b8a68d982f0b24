#pragma once

#include "domain/care/VitalSigns.h"

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

// A ja/nej box of the form that may be left unanswered.
enum class FormAnswer { Unanswered, Yes, No };
QString formAnswerKey(FormAnswer answer); // "" for Unanswered
FormAnswer formAnswerFromKey(const QString &key);
QString formAnswerLabel(FormAnswer answer); // Swedish: "Ja", "Nej", "Ej angivet"

// Every field of Bilaga 2. What was sent (from the client's details to the
// desired handling time, with the vital signs) is fixed once saved; the
// answer after the call (reply, ordination, återrapportering and the
// read-back) is completed later. See ClientRecords::saveSbar.
struct SbarReport
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    qint64 clientId = 0;
    qint64 agendaItemId = 0;
    qint64 senderId = 0;
    // Sent.
    QString senderName; // "Namn och profession" of the sender, as signed in
    QString senderProfession;
    QString receiver;
    QString relativeContact; // "Kontaktuppgifter till närstående/företrädare"
    QString healthCentre; // "Hälsocentral/sjukstuga/vårdavdelning"
    QString responsibleDoctor; // "Ansvarig läkare (anges vid behov)"
    FormAnswer medicationList = FormAnswer::Unanswered; // aktuell läkemedelslista bifogad
    FormAnswer sampleReferral = FormAnswer::Unanswered; // provtagningsremiss/etikett
    // "Samtycke inhämtat" and its date, from the consent on record when saved.
    FormAnswer consentObtained = FormAnswer::Unanswered;
    QDate consentDate;
    QString situation;
    QString background;
    QString currentState; // "Aktuellt tillstånd (och bedömning)"
    VitalSigns vitals;
    QString recommendation;
    QString frequency; // "Hur ofta, länge, när (vid behov)"
    HandlingTime handlingTime = HandlingTime::NextWeekday;
    // Completed after the call.
    QString doctorOrder; // "Läkarordination (vid behov)"
    QString reply; // "Återrapportering från kommunens hälso- och sjukvård"
    QDate feedbackDate; // "Datum för återrapportering"
    QString feedbackBy; // its "Namn och profession"
    bool readBack = false;
    QDateTime createdUtc; // "Datum för informationsöverföring"

    QString validationError() const;
    // Empty when `stored` and this report differ only in what may be
    // completed after the call, else a Swedish message naming the field.
    QString sentPartChangeFrom(const SbarReport &stored) const;
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
