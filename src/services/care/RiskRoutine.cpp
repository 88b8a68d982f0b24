#include "services/care/RiskRoutine.h"

#include "domain/Personnummer.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/care/RiskRepository.h"

#include <QSet>

namespace tf {

void RiskRoutine::answerAge(const RiskInstrument &instrument, const Client *client,
    const QDate &day, RiskAssessment *assessment)
{
    for (const RiskItem &item : instrument.items) {
        if (!item.ageFromPersonnummer)
            continue;
        assessment->answers.remove(item.key);
        assessment->notAssessed.remove(item.key);
        const auto age = client ? ageOn(client->personnummer, day) : std::nullopt;
        if (age)
            assessment->answers.insert(item.key, *age);
        else
            assessment->notAssessed.insert(item.key,
                QStringLiteral("Åldern kan inte räknas ut: kunden har inget personnummer eller "
                               "samordningsnummer med födelsedatum."));
    }
}

RiskRoutine::RiskRoutine(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<InstrumentUse> RiskRoutine::instrumentsFor(ServiceType type)
{
    QList<InstrumentUse> uses;
    for (const RiskInstrumentSetting &setting : m_workspace.risks().instrumentsFor(type))
        uses << InstrumentUse {setting.instrument, setting.intervalMonths};
    return uses;
}

void RiskRoutine::setInstruments(const QMap<ServiceType, QList<InstrumentUse>> &uses)
{
    Transaction transaction(m_workspace.database());
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        QList<RiskInstrumentSetting> settings;
        for (const InstrumentUse &use : it.value())
            settings << RiskInstrumentSetting {use.instrument, use.intervalMonths};
        m_workspace.risks().setInstrumentsFor(it.key(), settings, m_workspace.actorId());
    }
    transaction.commit();
}

QList<InstrumentUse> RiskRoutine::instrumentsForClient(qint64 clientId)
{
    const auto client = m_workspace.clients().byId(clientId);
    const auto unit = client ? m_workspace.units().byId(client->unitId) : std::nullopt;
    return unit ? instrumentsFor(unit->serviceType) : QList<InstrumentUse>();
}

ClientRoutine RiskRoutine::clientRoutine(qint64 clientId)
{
    ClientRoutine routine;
    routine.clientId = clientId;
    routine.movedIn = m_workspace.risks().movedInOn(clientId);
    for (const InstrumentUse &use : instrumentsForClient(clientId)) {
        if (const auto months = m_workspace.risks().teamInterval(clientId, use.instrument))
            routine.teamIntervals.insert(use.instrument, *months);
    }
    return routine;
}

void RiskRoutine::saveClientRoutine(const ClientRoutine &routine, qint64 meetingId)
{
    Transaction transaction(m_workspace.database());
    const ClientRoutine stored = clientRoutine(routine.clientId);
    if (routine.movedIn.isValid() && routine.movedIn != stored.movedIn)
        m_workspace.risks().setMovedInOn(routine.clientId, routine.movedIn, m_workspace.actorId());
    for (auto it = routine.teamIntervals.cbegin(); it != routine.teamIntervals.cend(); ++it) {
        if (it.value() != stored.teamIntervals.value(it.key(), 0))
            m_workspace.risks().setTeamInterval(
                routine.clientId, it.key(), it.value(), meetingId, m_workspace.actorId());
    }
    transaction.commit();
}

QList<RiskAssessment> RiskRoutine::latestPerInstrument(qint64 clientId)
{
    return latestPerInstrument(m_workspace.risks().history(clientId));
}

QList<RiskAssessment> RiskRoutine::latestPerInstrument(const QList<RiskAssessment> &history)
{
    QList<RiskAssessment> latest;
    QSet<QString> seen;
    for (const RiskAssessment &assessment : history) {
        if (seen.contains(assessment.instrument))
            continue;
        seen.insert(assessment.instrument);
        latest << assessment;
    }
    return latest;
}

qint64 RiskRoutine::addAssessment(const RiskAssessment &assessment)
{
    Transaction transaction(m_workspace.database());
    RiskAssessment answered = assessment;
    if (!answered.assessedUtc.isValid())
        answered.assessedUtc = QDateTime::currentDateTimeUtc();
    if (const RiskInstrument *instrument = findRiskInstrument(answered.instrument)) {
        const auto client = m_workspace.clients().byId(answered.clientId);
        answerAge(*instrument, client ? &*client : nullptr, stockholmDate(answered.assessedUtc),
            &answered);
    }
    const qint64 id = m_workspace.risks().add(answered, m_workspace.actorId());
    transaction.commit();
    return id;
}

} // namespace tf
