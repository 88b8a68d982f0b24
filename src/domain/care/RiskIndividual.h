#pragma once

#include "domain/Client.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace tf {

struct RiskAssessment;

// A client proposed for a samordningsmöte (seed 001, Bilaga 1:
// "Uppmärksamma riskindivider med behov av samordning"), with why, in
// Swedish. The chair decides who is taken up; nothing is added by itself.
struct RiskIndividual
{
    Client client;
    QStringList reasons;
};

// How long after coming home from hospital a client is proposed.
constexpr int kHospitalStayDays = 60;

// Why the client is a riskindivid for a meeting on `meetingDay`: each
// instrument whose latest complete assessment shows risk ("Fall: risk för
// fall enligt Downton fallriskindex (DFRI) 2027-02-01"), and a stay in
// hospital the client came home from within kHospitalStayDays before the
// meeting. `history` newest first; `dischargedOn` invalid when none. Empty:
// not proposed.
QStringList riskIndividualReasons(
    const QList<RiskAssessment> &history, const QDate &dischargedOn, const QDate &meetingDay);

} // namespace tf
