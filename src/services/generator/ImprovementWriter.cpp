#include "services/generator/ImprovementWriter.h"

#include "domain/quality/ActionPlan.h"
#include "domain/quality/SelfInspection.h"
#include "services/quality/SelfInspections.h"
#include "storage/BulkInserter.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <array>

namespace tf {

namespace {
struct PlanText
{
    const char *area;
    const char *currentState;
    const char *goal;
    std::array<std::pair<const char *, const char *>, 3> steps; // what, who
};

// Areas as seed 002's handlingsplan writes them, with actions of its kind.
const std::array<PlanText, 6> kPlans {{
    {"Avvikelserapportering i Treserva",
        "Det saknas lokalt verksamhetsstöd på enheten och alla medarbetare kan inte registrera "
        "en avvikelse.",
        "Alla medarbetare kan registrera och återkoppla avvikelser.",
        {{{"Visa instruktionsfilmen om avvikelserapportering på APT", "Enhetschef"},
            {"Utse lokalt verksamhetsstöd i Treserva", "Enhetschef"},
            {"Utbildning i Treserva för nyanställda", "Metodutvecklare"}}}},
    {"Överlämning av hälso- och sjukvårdsåtgärder",
        "En stor andel av ordinerade och delegerade åtgärder genomförs inte som planerat.",
        "Varje överlämning sker med tydliga instruktioner som mottagaren har förstått.",
        {{{"Genomgång av rutinen för överlämning", "Arbetsterapeut"},
            {"Workshop om ordinationer för omsorgspersonal", "MAR"},
            {"Uppföljning av överlämningar på kvalitetsmötet", "Enhetschef"}}}},
    {"Fallprevention",
        "Fall är den vanligaste avvikelsen och riskbedömningar görs inte alltid vid inflyttning.",
        "Riskbedömning enligt Senior Alert inom två veckor efter inflyttning.",
        {{{"Gå igenom fallrisker i gemensamma utrymmen", "Fysioterapeut"},
            {"Påminnelse om riskbedömning vid inflyttning", "Sjuksköterska"},
            {"Sammanställ fallavvikelser per kvartal", "Enhetschef"}}}},
    {"Signering av läkemedel", "Signeringslistor har luckor vid helger.",
        "Inga osignerade doser under en månad.",
        {{{"Genomgång av signeringsrutinen på APT", "Sjuksköterska"},
            {"Stickprov på signeringslistor varje vecka", "Sjuksköterska"},
            {"Återkoppling av resultatet till arbetsgruppen", "Enhetschef"}}}},
    {"Basala hygienrutiner", "Hygienronden visade brister i följsamheten till klädregler.",
        "Full följsamhet vid nästa självskattning.",
        {{{"Självskattning av basala hygien- och klädrutiner", "Hygienombud"},
            {"Utbildning i basala hygienrutiner", "Hygienombud"},
            {"Redovisa resultatet på APT", "Enhetschef"}}}},
    {"Teamsamverkan med legitimerad personal",
        "Samverkansmöten hålls inte regelbundet och samsyn saknas om rutinerna.",
        "Samverkansmöte varje månad med avvikelser som stående punkt.",
        {{{"Boka in samverkansmöten för året", "Enhetschef"},
            {"Lägg avvikelser som stående punkt på dagordningen", "Enhetschef"},
            {"Utvärdera samverkan efter ett halvår", "Sjuksköterska"}}}},
}};

const std::array<const char *, 4> kFindings {
    {"Inga avvikelser mot rutinen.", "Två brister hittades och åtgärdades samma vecka.",
        "Rutinen följs; dokumentationen behöver förtydligas.",
        "Brister i följsamheten; tas upp på nästa APT."}};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

ImprovementWriter::ImprovementWriter(GeneratorContext &context)
    : m_context(context)
{ }

void ImprovementWriter::writeUnit(const GeneratedUnit &unit)
{
    Transaction transaction(m_context.db);
    writeInspections(unit);
    writePlans(unit);
    transaction.commit();
}

void ImprovementWriter::writeInspections(const GeneratedUnit &unit)
{
    auto &random = m_context.random;
    BulkInserter rows(m_context.db, QStringLiteral("self_inspection"),
        {QStringLiteral("unit_id"), QStringLiteral("inspection_key"),
            QStringLiteral("period_start"), QStringLiteral("performed_on"),
            QStringLiteral("finding"), QStringLiteral("actions"), QStringLiteral("recorded_by"),
            QStringLiteral("recorded_at")});
    const QDate first(m_context.lastDay.year() - m_context.years + 1, 1, 1);
    for (const SelfInspection &inspection : SelfInspections::plan()) {
        if (!inspection.appliesTo(unit.serviceType))
            continue;
        for (QDate day = first; day <= m_context.lastDay;) {
            const InspectionPeriod period = inspectionPeriod(inspection.timesPerYear, day);
            day = period.last.addDays(1);
            const bool current = period.last > m_context.lastDay;
            // Most periods have their result; the current one about half.
            if (random() % 100 >= (current ? 50u : 92u))
                continue;
            const qint64 length = period.first.daysTo(qMin(period.last, m_context.lastDay)) + 1;
            const QDate performed = period.first.addDays(
                static_cast<qint64>(random() % static_cast<quint64>(length)));
            const QString finding = text(kFindings.at(random() % kFindings.size()));
            rows.insert({unit.id, inspection.key, period.first.toString(Qt::ISODate),
                performed.toString(Qt::ISODate), finding,
                finding.startsWith(QLatin1String("Inga"))
                    ? QString()
                    : QStringLiteral("Följs upp av enhetschef."),
                unit.chairId,
                performed.startOfDay(Qt::UTC).addSecs(12 * 3600).toString(Qt::ISODate)});
            ++m_inspections;
        }
    }
    rows.flush();
}

void ImprovementWriter::writePlans(const GeneratedUnit &unit)
{
    auto &random = m_context.random;
    QString forum = QStringLiteral("apt");
    for (const ForumTemplate &candidate : unit.templates) {
        if (candidate.forum == QLatin1String("kvalitetsmote"))
            forum = candidate.forum;
    }
    BulkInserter plans(m_context.db, QStringLiteral("action_plan"),
        {QStringLiteral("unit_id"), QStringLiteral("area"), QStringLiteral("current_state"),
            QStringLiteral("goal"), QStringLiteral("forum"), QStringLiteral("status"),
            QStringLiteral("created_by"), QStringLiteral("created_at")},
        true);
    BulkInserter steps(m_context.db, QStringLiteral("action_plan_step"),
        {QStringLiteral("plan_id"), QStringLiteral("position"), QStringLiteral("what"),
            QStringLiteral("who"), QStringLiteral("due_on"), QStringLiteral("status")});
    steps.after(plans);
    // Signed off once their actions are written: a signed-off plan takes none.
    QList<QPair<qint64, QDate>> finished;
    const QDate first(m_context.lastDay.year() - m_context.years + 1, 1, 1);
    for (int year = first.year(); year <= m_context.lastDay.year(); ++year) {
        const int count = 2 + static_cast<int>(random() % 2);
        for (int i = 0; i < count; ++i) {
            const QDate begun(
                year, 1 + static_cast<int>(random() % 12), 1 + static_cast<int>(random() % 28));
            if (begun > m_context.lastDay)
                continue;
            const QDate ends = begun.addMonths(2 + static_cast<int>(random() % 6));
            const bool done = ends <= m_context.lastDay;
            const PlanText &plan = kPlans.at(random() % kPlans.size());
            const qint64 id
                = plans.insert({unit.id, text(plan.area), text(plan.currentState), text(plan.goal),
                    forum, planStatusKey(done ? PlanStatus::Done : PlanStatus::InProgress),
                    unit.chairId, begun.startOfDay(Qt::UTC).toString(Qt::ISODate)});
            ++m_plans;
            for (int s = 0; s < int(plan.steps.size()); ++s) {
                const QDate due = begun.addDays(static_cast<qint64>(
                    (s + 1) * begun.daysTo(ends) / static_cast<qint64>(plan.steps.size())));
                const StepStatus status = done || due < m_context.lastDay.addDays(-14)
                    ? StepStatus::Done
                    : due <= m_context.lastDay ? StepStatus::InProgress
                                               : StepStatus::Planned;
                steps.insert({id, s, text(plan.steps.at(s).first), text(plan.steps.at(s).second),
                    due.toString(Qt::ISODate), stepStatusKey(status)});
            }
            if (done)
                finished << qMakePair(id, ends);
        }
    }
    plans.flush();
    steps.flush();
    for (const auto &[id, on] : finished) {
        Query signOff(m_context.db,
            QStringLiteral("UPDATE action_plan SET signed_off_by = ?, signed_off_on = ? "
                           "WHERE id = ?"));
        signOff.bindId(unit.chairId).bindDate(on).bindId(id).exec();
    }
}

} // namespace tf
