#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/care/ConsentRenewal.h"

#include <QDate>
#include <QList>

namespace tf {

class Workspace;

// A consent that allows sharing today and ends within the period.
struct ExpiringConsent
{
    Client client;
    QString unitName;
    Consent consent;
    int daysLeft = 0; // until its last valid day
};

// A client on the agenda of a coming samordningsmöte without a consent for
// other care providers that is valid on the meeting's day.
struct MeetingWithoutConsent
{
    Client client;
    QString unitName;
    Meeting meeting;
    QString reason; // Swedish (samordningConsentProblem)
};

struct ConsentWatchList
{
    QDate day;
    QList<ExpiringConsent> expiring; // soonest first
    QList<MeetingWithoutConsent> withoutConsent; // by meeting, soonest first
};

// The enhetschef's consent list (seed 001: "inhämta samtycke;
// dokumentera samtycke!"): the consents of the units' clients that end in
// the next `days` days (30 by default: time to renew them), and the clients
// on the units' samordningsmöten of the coming `weeksAhead` weeks without a
// valid consent. Reading it is logged for every client listed (kind
// consent, with the purpose given).
ConsentWatchList readConsentWatch(Workspace &workspace, const QList<qint64> &unitIds,
    const QDate &day, AccessPurpose purpose, int days = 30, int weeksAhead = 8);

// The units a person's list covers: those the person works at, or every
// unit when none is recorded for them (as on Idag).
QList<qint64> consentWatchUnits(Workspace &workspace, qint64 personId);

} // namespace tf
