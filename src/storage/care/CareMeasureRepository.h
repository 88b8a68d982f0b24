#pragma once

#include "domain/care/RiskCarePlan.h"

#include <QList>

#include <optional>

namespace tf {

class Database;

// The vårdplan's measures after assessments with risk (risk_care_measure,
// migration 030): added, and followed up once.
class CareMeasureRepository
{
public:
    explicit CareMeasureRepository(Database &db);

    qint64 add(const CareMeasure &measure, qint64 actorId);
    // The client an assessment is about.
    std::optional<qint64> clientOfAssessment(qint64 assessmentId);
    std::optional<CareMeasure> byId(qint64 id);
    // The client's measures, oldest first.
    QList<CareMeasure> ofClient(qint64 clientId);
    // The measures of several clients in one read, oldest first.
    QList<CareMeasure> ofClients(const QList<qint64> &clientIds);
    // Fills in the follow-up; a conflict when someone changed it meanwhile.
    int followUp(const CareMeasure &measure, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
