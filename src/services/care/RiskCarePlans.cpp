#include "services/care/RiskCarePlans.h"

#include "domain/StorageError.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"
#include "storage/care/CareMeasureRepository.h"
#include "storage/care/RiskRepository.h"

#include <QHash>
#include <QMap>

namespace tf {

namespace {
StorageError refused(const QString &why)
{
    return StorageError(StorageError::Kind::Refused, why);
}

QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}
} // namespace

RiskCarePlans::RiskCarePlans(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<CareMeasure> RiskCarePlans::addMeasures(
    qint64 assessmentId, const QList<CareMeasure> &measures)
{
    if (measures.isEmpty())
        throw StorageError(
            StorageError::Kind::General, QStringLiteral("Skriv minst en åtgärd i vårdplanen."));
    Transaction transaction(m_workspace.database());
    CareMeasureRepository repository(m_workspace.database());
    const auto clientId = repository.clientOfAssessment(assessmentId);
    if (!clientId)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen riskbedömning med id %1.").arg(assessmentId));
    std::optional<RiskAssessment> assessment;
    for (const RiskAssessment &a : m_workspace.risks().history(*clientId)) {
        if (a.id == assessmentId)
            assessment = a;
    }
    if (!assessment)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen riskbedömning med id %1.").arg(assessmentId));
    if (!assessment->complete)
        throw refused(QStringLiteral("Bedömningen kunde inte slutföras. Gör en ny bedömning "
                                     "innan vårdplanen skrivs."));
    if (!assessment->result.risk)
        throw refused(QStringLiteral("Bedömningen visar ingen risk. En vårdplan görs efter en "
                                     "bedömning som visar risk."));
    const QDate assessedOn = stockholmDate(assessment->assessedUtc);
    QList<CareMeasure> added;
    for (CareMeasure measure : measures) {
        const QString problem = careMeasureProblem(measure, assessedOn);
        if (!problem.isEmpty())
            throw StorageError(StorageError::Kind::General, problem);
        if (!m_workspace.people().byId(measure.responsibleId))
            throw StorageError(StorageError::Kind::NotFound,
                QStringLiteral("Det finns ingen person med id %1.").arg(measure.responsibleId));
        measure.assessmentId = assessmentId;
        measure.clientId = *clientId;
        measure.createdOn = today();
        measure.createdById = m_workspace.actorId();
        measure.what = measure.what.trimmed();
        measure.id = repository.add(measure, m_workspace.actorId());
        measure.version = 1;
        added << measure;
    }
    transaction.commit();
    return added;
}

CareMeasure RiskCarePlans::followUp(qint64 measureId, const QDate &on, const QString &outcome)
{
    Transaction transaction(m_workspace.database());
    CareMeasureRepository repository(m_workspace.database());
    auto measure = repository.byId(measureId);
    if (!measure)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen åtgärd i en vårdplan med id %1.").arg(measureId));
    if (!measure->isOpen())
        throw refused(QStringLiteral("Åtgärden följdes redan upp %1.")
                          .arg(measure->followedUpOn.toString(Qt::ISODate)));
    if (!on.isValid() || on > today())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Uppföljningen kan inte vara efter i dag."));
    if (on < measure->createdOn)
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Uppföljningen kan inte vara före den dag åtgärden planerades (%1).")
                .arg(measure->createdOn.toString(Qt::ISODate)));
    if (outcome.trimmed().isEmpty())
        throw StorageError(
            StorageError::Kind::General, QStringLiteral("Skriv vad uppföljningen visade."));
    measure->followedUpOn = on;
    measure->outcome = outcome.trimmed();
    measure->version = repository.followUp(*measure, m_workspace.actorId());
    transaction.commit();
    return *measure;
}

QList<AssessmentCarePlan> RiskCarePlans::plansOf(
    qint64 clientId, const QList<RiskAssessment> &history)
{
    const QList<CareMeasure> measures
        = CareMeasureRepository(m_workspace.database()).ofClient(clientId);
    QList<AssessmentCarePlan> plans;
    for (const RiskAssessment &assessment : history) {
        AssessmentCarePlan plan {assessment, riskPlanState(assessment, measures), {}};
        for (const CareMeasure &measure : measures) {
            if (measure.assessmentId == assessment.id)
                plan.measures << measure;
        }
        plans << plan;
    }
    return plans;
}

QList<AssessmentCarePlan> RiskCarePlans::readPlans(qint64 clientId, AccessPurpose purpose)
{
    m_workspace.accessLogger().clientRead(clientId, AccessKind::RiskHistory, purpose);
    return plansOf(clientId, m_workspace.risks().history(clientId));
}

QList<RiskPlanAgendaItem> RiskCarePlans::agendaItemsFor(
    const Meeting &meeting, const QList<qint64> &clientIds)
{
    QList<RiskPlanAgendaItem> items;
    const auto forumTemplate = m_workspace.templates().byId(meeting.templateId);
    if (!forumTemplate || forumTemplate->forum != QLatin1String("teammote") || clientIds.isEmpty())
        return items;
    const QList<CareMeasure> measures
        = CareMeasureRepository(m_workspace.database()).ofClients(clientIds);
    if (measures.isEmpty())
        return items;
    // The forum's previous meeting held (or planned) before this one.
    QDate previous;
    for (const Meeting &other : m_workspace.meetings().byUnit(
             meeting.unitId, meeting.startUtc.addYears(-2), meeting.startUtc)) {
        if (other.id != meeting.id && other.templateId == meeting.templateId
            && other.status != MeetingStatus::Cancelled && other.startUtc < meeting.startUtc) {
            const QDate day = stockholmDate(other.startUtc);
            if (!previous.isValid() || day > previous)
                previous = day;
        }
    }
    const QDate day = stockholmDate(meeting.startUtc);
    // Per assessment, in the order the plans were made.
    QMap<qint64, QList<CareMeasure>> byAssessment;
    for (const CareMeasure &measure : measures)
        byAssessment[measure.assessmentId] << measure;
    QHash<qint64, QString> names;
    const auto personName = [&](qint64 id) {
        if (!names.contains(id)) {
            const auto person = m_workspace.people().byId(id);
            names.insert(id, person ? person->name : QString());
        }
        return names.value(id);
    };
    QHash<qint64, QList<RiskAssessment>> histories;
    for (auto it = byAssessment.cbegin(); it != byAssessment.cend(); ++it) {
        const QList<CareMeasure> &plan = it.value();
        if (!riskPlanComesUpAt(plan, day, previous))
            continue;
        const qint64 clientId = plan.first().clientId;
        if (!histories.contains(clientId))
            histories.insert(clientId, m_workspace.risks().history(clientId));
        QString area;
        QDate assessedOn;
        for (const RiskAssessment &a : histories.value(clientId)) {
            if (a.id != it.key())
                continue;
            const RiskInstrument *instrument = findRiskInstrument(a.instrument);
            area = instrument ? instrument->area : a.instrument;
            assessedOn = stockholmDate(a.assessedUtc);
        }
        items << RiskPlanAgendaItem {
            clientId, riskPlanItemTitle(area, assessedOn), riskPlanItemText(plan, personName)};
    }
    return items;
}

} // namespace tf
