#include "services/generator/QualityWriter.h"

#include "domain/quality/Complaint.h"
#include "domain/quality/Deviation.h"
#include "storage/BulkInserter.h"
#include "storage/Transaction.h"

#include <QHash>

#include <array>

namespace tf {

namespace {
struct Weighted
{
    int weight;
    const char *key;
};

// Falls are most of a unit's deviations, then medication.
constexpr std::array<Weighted, 7> kCategories {{{40, "fall"}, {24, "lakemedel"}, {8, "hjalpmedel"},
    {10, "vard_och_behandling"}, {6, "bemotande"}, {9, "brister_i_insats"}, {3, "annat"}}};
constexpr std::array<Weighted, 4> kSeverities {
    {{35, "risk"}, {40, "lindrig"}, {20, "mattlig"}, {5, "allvarlig"}}};

template <std::size_t N>
QString pick(std::mt19937_64 &random, const std::array<Weighted, N> &choices)
{
    int total = 0;
    for (const Weighted &choice : choices)
        total += choice.weight;
    int at = static_cast<int>(random() % static_cast<quint64>(total));
    for (const Weighted &choice : choices) {
        if (at < choice.weight)
            return QString::fromLatin1(choice.key);
        at -= choice.weight;
    }
    return QString::fromLatin1(choices.back().key);
}

QStringList descriptionsOf(const QString &category)
{
    static const QHash<QString, QStringList> bank = {
        {QStringLiteral("fall"),
            {QStringLiteral("Kund hittad på golvet i sovrummet, inga synliga skador"),
                QStringLiteral("Föll vid förflyttning från rullstol till säng"),
                QStringLiteral("Halkade i badrummet under dusch"),
                QStringLiteral("Föll på väg till toaletten nattetid, larmet användes inte"),
                QStringLiteral("Snubblade på mattkant i vardagsrummet"),
                QStringLiteral("Gled ur fåtöljen, blåmärke på höften")}},
        {QStringLiteral("lakemedel"),
            {QStringLiteral("Kvällsdos ej given enligt signeringslista"),
                QStringLiteral("Fel dos vid morgonmedicinering, upptäckt vid signering"),
                QStringLiteral("Läkemedel givet vid fel tidpunkt"),
                QStringLiteral("Dosett saknades vid hemtagning från sjukhus"),
                QStringLiteral("Vid behovs-läkemedel givet utan ordination")}},
        {QStringLiteral("hjalpmedel"),
            {QStringLiteral("Lyftsele trasig, lyft fick avbrytas"),
                QStringLiteral("Trygghetslarm fungerade inte vid test"),
                QStringLiteral("Rollator saknade broms")}},
        {QStringLiteral("vard_och_behandling"),
            {QStringLiteral("Trycksår upptäckt sent, vändschema ej följt"),
                QStringLiteral("Vätskelista ej förd under helgen"),
                QStringLiteral("Ordinerad viktkontroll ej gjord")}},
        {QStringLiteral("bemotande"),
            {QStringLiteral("Anhörig upplevde otrevligt bemötande i telefon"),
                QStringLiteral("Kund upplevde sig stressad vid morgonhygien")}},
        {QStringLiteral("brister_i_insats"),
            {QStringLiteral("Planerat besök uteblev på grund av personalbrist"),
                QStringLiteral("Insats utförd senare än överenskommet"),
                QStringLiteral("Promenad enligt genomförandeplan blev inte av")}},
        {QStringLiteral("annat"),
            {QStringLiteral("Nyckel saknades i nyckelskåpet"),
                QStringLiteral("Dokumentation gjord på fel kund, rättad samma dag")}},
    };
    return bank.value(category);
}

const QStringList &complaintTexts()
{
    static const QStringList texts = {
        QStringLiteral("Anhörig saknar information om ändrade besökstider"),
        QStringLiteral("Maten upplevs ofta kall vid servering"),
        QStringLiteral("Tvätt har kommit bort vid flera tillfällen"),
        QStringLiteral("Svårt att nå enheten på telefon under helger"),
        QStringLiteral("Många olika personal under en och samma vecka"),
    };
    return texts;
}

const QStringList &suggestionTexts()
{
    static const QStringList texts = {
        QStringLiteral("Förslag om gemensam utevistelse på eftermiddagarna"),
        QStringLiteral("Önskemål om fler aktiviteter på helgerna"),
        QStringLiteral("Förslag att anhörigträffar hålls två gånger per år"),
        QStringLiteral("Önskemål om att få veckans matsedel skriftligt"),
    };
    return texts;
}

const QStringList &feedbackTexts()
{
    static const QStringList texts = {
        QStringLiteral("Återkopplat i samtal, rutinen har setts över"),
        QStringLiteral("Tagit upp på APT, åtgärd beslutad och meddelad"),
        QStringLiteral("Skriftligt svar skickat med beskrivning av ändringen"),
    };
    return texts;
}
} // namespace

QualityWriter::QualityWriter(GeneratorContext &context)
    : m_context(context)
{ }

void QualityWriter::writeUnit(const GeneratedUnit &unit)
{
    auto &random = m_context.random;
    const QString now = m_context.lastDay.startOfDay(Qt::UTC).toString(Qt::ISODate);
    Transaction transaction(m_context.db);
    BulkInserter deviationRows(m_context.db, QStringLiteral("deviation"),
        {QStringLiteral("unit_id"), QStringLiteral("occurred_on"), QStringLiteral("category"),
            QStringLiteral("severity"), QStringLiteral("description"), QStringLiteral("status"),
            QStringLiteral("external_id"), QStringLiteral("updated_at")});
    BulkInserter complaintRows(m_context.db, QStringLiteral("complaint"),
        {QStringLiteral("unit_id"), QStringLiteral("received_on"), QStringLiteral("kind"),
            QStringLiteral("summary"), QStringLiteral("status"), QStringLiteral("feedback"),
            QStringLiteral("feedback_on"), QStringLiteral("updated_at")});
    const QDate first = QDate(m_context.lastDay.year() - m_context.years + 1, 1, 1);
    for (QDate month = first; month <= m_context.lastDay; month = month.addMonths(1)) {
        const int days = month.daysInMonth();
        // A few a month: 0 to 5, most often 2 or 3.
        const int count = static_cast<int>(random() % 3 + random() % 4);
        for (int i = 0; i < count; ++i) {
            const QDate day = month.addDays(static_cast<qint64>(random() % days));
            if (day > m_context.lastDay)
                continue;
            const QString category = pick(random, kCategories);
            const QStringList texts = descriptionsOf(category);
            const qint64 age = day.daysTo(m_context.lastDay);
            const QString status = age > 60 ? QStringLiteral("avslutad")
                : age > 30                  ? QStringLiteral("atgardad")
                : age > 7                   ? QStringLiteral("utreds")
                                            : QStringLiteral("registrerad");
            ++m_deviations;
            deviationRows.insert({unit.id, day.toString(Qt::ISODate), category,
                pick(random, kSeverities), texts.at(static_cast<int>(random() % texts.size())),
                status, QStringLiteral("AV-%1-%2").arg(unit.id).arg(m_deviations), now});
        }
        // A complaint or a suggestion about every second month.
        if (random() % 2 != 0)
            continue;
        const QDate received = month.addDays(static_cast<qint64>(random() % days));
        if (received > m_context.lastDay)
            continue;
        const bool complaint = random() % 5 < 3;
        const QStringList &texts = complaint ? complaintTexts() : suggestionTexts();
        const QDate answered = received.addDays(static_cast<qint64>(7 + random() % 24));
        const bool open = answered > m_context.lastDay;
        complaintRows.insert({unit.id, received.toString(Qt::ISODate),
            complaintKindKey(complaint ? ComplaintKind::Complaint : ComplaintKind::Suggestion),
            texts.at(static_cast<int>(random() % texts.size())),
            complaintStatusKey(open ? ComplaintStatus::Open : ComplaintStatus::FeedbackGiven),
            open ? QString()
                 : feedbackTexts().at(static_cast<int>(random() % feedbackTexts().size())),
            open ? QVariant(QMetaType(QMetaType::QString))
                 : QVariant(answered.toString(Qt::ISODate)),
            now});
        ++m_complaints;
    }
    // PostgreSQL takes the rows in batches: the last ones go before the commit.
    deviationRows.flush();
    complaintRows.flush();
    transaction.commit();
}

} // namespace tf
