#pragma once

#include <QDate>
#include <QString>

namespace tf {

// The person cared for: kund, patient or brukare.
struct Client
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    qint64 unitId = 0;
    QString personnummer; // normalized YYYYMMDD-NNNN
    QString name;
    QString apartment; // lägenhet or address
    qint64 contactPersonId = 0; // fast omsorgskontakt
    qint64 nurseId = 0;
    qint64 occupationalTherapistId = 0;
    qint64 physiotherapistId = 0;
    int priority = 0; // ordinärt boende: greatest need first
    // The first day the client no longer has the insats, and why
    // (InsatsEnd.h); invalid and empty while it lasts.
    QDate insatsEndsOn;
    QString insatsEndReason;

    bool currentOn(const QDate &day) const { return !insatsEndsOn.isValid() || day < insatsEndsOn; }
};

} // namespace tf
