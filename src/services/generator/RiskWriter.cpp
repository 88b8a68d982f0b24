#include "services/generator/RiskWriter.h"

#include "domain/risk/RiskInstrument.h"
#include "storage/BulkInserter.h"
#include "storage/Transaction.h"
#include "storage/care/RiskRepository.h"

#include <QJsonArray>
#include <QTimeZone>

namespace tf {

namespace {
// SÄBO and ordinärt boende use the full instruments, the others the SKL/SKR
// questions, as the organisation's default choice does.
QStringList instrumentsFor(ServiceType type)
{
    if (type == ServiceType::Sabo || type == ServiceType::OrdinartBoende)
        return {QStringLiteral("downton"), QStringLiteral("norton"), QStringLiteral("mnasf"),
            QStringLiteral("roag")};
    return {QStringLiteral("skl_fall"), QStringLiteral("skr_nutrition")};
}

QJsonValue randomAnswer(const RiskItem &item, std::mt19937_64 &random)
{
    const auto pickOption = [&] { return item.options.at(random() % item.options.size()).key; };
    switch (item.kind) {
    case RiskItemKind::YesNo:
        return random() % 3 == 0;
    case RiskItemKind::Choice:
        return pickOption();
    case RiskItemKind::Grade:
        return pickOption().toInt();
    case RiskItemKind::MultiChoice: {
        QJsonArray chosen;
        for (const RiskOption &option : item.options) {
            if (random() % 4 == 0)
                chosen.append(option.key);
        }
        return chosen;
    }
    case RiskItemKind::Number: {
        const double span = item.maximum - item.minimum;
        const double value = item.minimum + span * static_cast<double>(random() % 1000) / 1000.0;
        return qRound(value * 10) / 10.0;
    }
    }
    return {};
}

// Every required item, and of optional measurements only the first (BMI
// rather than calf circumference, as the MNA-SF asks).
QJsonObject randomAnswers(const RiskInstrument &instrument, std::mt19937_64 &random)
{
    QJsonObject answers;
    bool measured = false;
    for (const RiskItem &item : instrument.items) {
        if (item.optional && item.kind == RiskItemKind::Number) {
            if (measured)
                continue;
            measured = true;
        }
        answers.insert(item.key, randomAnswer(item, random));
    }
    return answers;
}
} // namespace

RiskWriter::RiskWriter(GeneratorContext &context)
    : m_context(context)
{ }

void RiskWriter::writeUnit(const GeneratedUnit &unit, int assessmentsPerClient)
{
    Transaction transaction(m_context.db);
    BulkInserter assessments(m_context.db, QStringLiteral("risk_assessment"),
        {QStringLiteral("uuid"), QStringLiteral("client_id"), QStringLiteral("instrument"),
            QStringLiteral("instrument_version"), QStringLiteral("assessed_at"),
            QStringLiteral("assessed_by"), QStringLiteral("score"), QStringLiteral("risk"),
            QStringLiteral("level"), QStringLiteral("referral"), QStringLiteral("updated_at"),
            QStringLiteral("updated_by")},
        true);
    BulkInserter answers(m_context.db, QStringLiteral("risk_answer"),
        {QStringLiteral("assessment_id"), QStringLiteral("item_key"), QStringLiteral("answer")});
    answers.after(assessments);
    const QStringList keys = instrumentsFor(unit.serviceType);
    const int days = m_context.years * 365;
    for (const GeneratedClient &client : unit.clients) {
        for (int i = 0; i < assessmentsPerClient; ++i) {
            const RiskInstrument *instrument
                = findRiskInstrument(keys.at(m_context.random() % keys.size()));
            const QJsonObject given = randomAnswers(*instrument, m_context.random);
            const RiskScoring scoring = scoreRisk(*instrument, given);
            if (!scoring.ok)
                continue;
            const qint64 nurse = unit.staffIds.at(m_context.random() % unit.staffIds.size());
            const QDate day
                = m_context.lastDay.addDays(-static_cast<qint64>(m_context.random() % days));
            const QString when
                = QDateTime(day, QTime(10, 0), QTimeZone::utc()).toString(Qt::ISODate);
            const RiskResult &result = scoring.result;
            const qint64 id = assessments.insert({randomUuid(m_context.random), client.id,
                instrument->key, instrument->version, when, nurse,
                result.score ? QVariant(*result.score) : QVariant(), result.risk ? 1 : 0,
                result.level, result.referral ? QVariant(*result.referral ? 1 : 0) : QVariant(),
                when, nurse});
            for (auto it = given.begin(); it != given.end(); ++it)
                answers.insert({id, it.key(), riskAnswerText(it.value())});
            ++m_written;
        }
    }
    answers.flush();
    transaction.commit();
}

} // namespace tf
