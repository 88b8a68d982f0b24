#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tf {

// A stay in hospital marked on a client (hospital_stay, migrations 030 and
// 032): from the day admitted (invalid: not known) to the day the client
// came home, with the hospital or ward in the note.
struct HospitalStay
{
    qint64 id = 0;
    qint64 clientId = 0;
    QDate admittedOn;
    QDate dischargedOn;
    QString note;
    QDateTime recordedUtc;
    qint64 recordedById = 0;
};

// Why the stay cannot be recorded, in Swedish; empty when it can: a day
// home not after `today`, and an admission day (when given) not after it.
QString hospitalStayProblem(const HospitalStay &stay, const QDate &today);

} // namespace tf
