// Avvikelser: the rule that a description names no client, the period
// summary with its trend against the previous period, the CSV import that
// writes all rows or none, and the kvalitetsmöte's agenda items. Both
// engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/quality/DeviationImport.h"
#include "services/quality/Deviations.h"
#include "storage/UnitRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
Deviation deviation(qint64 unitId, const QDate &day, DeviationCategory category,
    const QString &description = QStringLiteral("Föll vid förflyttning till rullstol"))
{
    Deviation d;
    d.unitId = unitId;
    d.occurredOn = day;
    d.category = category;
    d.severity = DeviationSeverity::Minor;
    d.description = description;
    return d;
}

int countOf(const DeviationSummary &summary, DeviationCategory category, bool current)
{
    for (const auto &[c, tally] : summary.categories) {
        if (c == category)
            return current ? tally.current : tally.previous;
    }
    return -1;
}

QString refusal(Workspace &workspace, const Deviation &d)
{
    try {
        saveDeviation(workspace, d);
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Refused);
        return error.userMessage();
    }
    return {};
}
} // namespace

TEST_CASE("a deviation's description may not name a client", "[deviation]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace); // client Greta Gran
        workspace.setActorId(team.leadId);
        const QDate day(2026, 3, 2);

        CHECK(refusal(workspace,
            deviation(team.unitId, day, DeviationCategory::Fall,
                QStringLiteral("greta gran föll i badrummet")))
                  .contains(QStringLiteral("kundens namn")));
        CHECK(refusal(workspace,
            deviation(team.unitId, day, DeviationCategory::Fall,
                QStringLiteral("Greta föll i badrummet")))
                  .contains(QStringLiteral("Greta")));
        CHECK(refusal(workspace,
            deviation(team.unitId, day, DeviationCategory::Medication,
                QStringLiteral("Fel dos till 191212-1212 på kvällen")))
                  .contains(QStringLiteral("personnummer")));
        CHECK(refusal(workspace,
            deviation(team.unitId, day, DeviationCategory::Medication,
                QStringLiteral("Fel dos till 19121212 1212")))
                  .contains(QStringLiteral("personnummer")));
        CHECK_FALSE(
            refusal(workspace, deviation(team.unitId, day, DeviationCategory::Fall, {})).isEmpty());
        CHECK_FALSE(refusal(workspace,
            deviation(team.unitId, tf::stockholmDate(QDateTime::currentDateTimeUtc()).addDays(1),
                DeviationCategory::Fall))
                        .isEmpty());
        CHECK(deviationsBetween(workspace, team.unitId, QDate(2000, 1, 1),
            tf::stockholmDate(QDateTime::currentDateTimeUtc()))
                  .isEmpty());

        // Said without the name it is saved, and reads back as written.
        const qint64 id = saveDeviation(workspace,
            deviation(team.unitId, day, DeviationCategory::Fall,
                QStringLiteral("Kund föll i badrummet, larmet nåddes inte")));
        const auto saved = deviationById(workspace, id);
        REQUIRE(saved);
        CHECK(saved->description == QStringLiteral("Kund föll i badrummet, larmet nåddes inte"));
        CHECK(saved->category == DeviationCategory::Fall);
        CHECK(saved->severity == DeviationSeverity::Minor);
        CHECK(saved->status == DeviationStatus::Registered);
        CHECK(saved->occurredOn == day);
    }
}

TEST_CASE(
    "the period summary counts per category and unit beside the previous period", "[deviation]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        Unit other;
        other.name = QStringLiteral("Ekbacken");
        const qint64 otherId = workspace.units().create(other, team.leadId);

        // January 2026 against December 2025 (31 days each).
        const QList<QPair<QDate, DeviationCategory>> ours = {
            {QDate(2026, 1, 1), DeviationCategory::Fall},
            {QDate(2026, 1, 15), DeviationCategory::Fall},
            {QDate(2026, 1, 31), DeviationCategory::Fall},
            {QDate(2026, 1, 20), DeviationCategory::Medication},
            {QDate(2025, 12, 1), DeviationCategory::Fall},
            {QDate(2025, 12, 31), DeviationCategory::Medication},
            {QDate(2025, 12, 10), DeviationCategory::Medication},
            {QDate(2025, 11, 30), DeviationCategory::Fall}, // before both periods
            {QDate(2026, 2, 1), DeviationCategory::Fall}, // after both
        };
        for (const auto &[day, category] : ours)
            saveDeviation(workspace, deviation(team.unitId, day, category));
        saveDeviation(workspace, deviation(otherId, QDate(2026, 1, 5), DeviationCategory::Aids));

        const DeviationSummary summary
            = summarizeDeviations(workspace, team.unitId, QDate(2026, 1, 1), QDate(2026, 1, 31));
        CHECK(summary.previousFrom == QDate(2025, 12, 1));
        CHECK(summary.previousTo == QDate(2025, 12, 31));
        CHECK(summary.total.current == 4);
        CHECK(summary.total.previous == 3);
        CHECK(countOf(summary, DeviationCategory::Fall, true) == 3);
        CHECK(countOf(summary, DeviationCategory::Fall, false) == 1);
        CHECK(countOf(summary, DeviationCategory::Medication, true) == 1);
        CHECK(countOf(summary, DeviationCategory::Medication, false) == 2);
        CHECK(countOf(summary, DeviationCategory::Aids, true) == 0);
        CHECK(summary.categories.size() == deviationCategories().size());
        REQUIRE(summary.units.size() == 1);
        CHECK(summary.units.first().tally.trend() == 1);

        // Every unit: the other unit's hjälpmedel counts too, per unit.
        const DeviationSummary all
            = summarizeDeviations(workspace, 0, QDate(2026, 1, 1), QDate(2026, 1, 31));
        CHECK(all.total.current == 5);
        CHECK(countOf(all, DeviationCategory::Aids, true) == 1);
        REQUIRE(all.units.size() == 2);
        CHECK(all.units.at(0).name == QStringLiteral("Ekbacken"));
        CHECK(all.units.at(0).tally.current == 1);
        CHECK(all.units.at(1).tally.current == 4);

        CHECK_THROWS_AS(
            summarizeDeviations(workspace, team.unitId, QDate(2026, 2, 1), QDate(2026, 1, 1)),
            StorageError);
    }
}

TEST_CASE("a CSV of deviations with bad rows saves nothing and names each line", "[deviation]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        DeviationImport import(workspace);
        const QByteArray bad
            = QByteArray("Ärendenummer;Datum;Kategori;Allvarlighetsgrad;Beskrivning\n"
                         "A-1;2026-02-03 14:20;Fall;Lindrig;Föll i korridoren\n"
                         "A-2;2026-02-30;Fall;Lindrig;Föll vid sängen\n"
                         "A-3;2026-02-04;Hälsa;Lindrig;Okänd kategori\n"
                         "A-4;2026-02-05;Läkemedel;Måttlig;Greta Gran fick fel dos\n"
                         "A-5;2026-02-06;Bemötande;Allvarlig;Otrevligt bemötande vid dusch\n");
        const DeviationImportReport report = import.run(bad, team.unitId);
        CHECK(report.read == 5);
        CHECK_FALSE(report.written);
        CHECK(report.created == 0);
        REQUIRE(report.rejected.size() == 3);
        CHECK(report.rejected.at(0).line == 3);
        CHECK(report.rejected.at(0).reason.contains(QStringLiteral("2026-02-30")));
        CHECK(report.rejected.at(1).line == 4);
        CHECK(report.rejected.at(1).reason.contains(QStringLiteral("Hälsa")));
        CHECK(report.rejected.at(2).line == 5);
        CHECK(report.rejected.at(2).reason.contains(QStringLiteral("namn")));
        CHECK(deviationsBetween(workspace, team.unitId, QDate(2026, 1, 1), QDate(2026, 12, 31))
                  .isEmpty());

        // Corrected, every row is saved; imported again, the numbers update.
        QByteArray good = bad;
        good.replace("2026-02-30", "2026-02-28")
            .replace("Hälsa", "Vård och behandling")
            .replace("Greta Gran fick", "Kund fick");
        DeviationImportReport done = import.run(good, team.unitId);
        CHECK(done.rejected.isEmpty());
        CHECK(done.created == 5);
        good.replace("Föll i korridoren", "Föll i korridoren, larm utlöst");
        done = import.run(good, team.unitId);
        CHECK(done.created == 0);
        CHECK(done.updated == 5);
        const auto saved
            = deviationsBetween(workspace, team.unitId, QDate(2026, 1, 1), QDate(2026, 12, 31));
        REQUIRE(saved.size() == 5);
        CHECK(saved.last().occurredOn == QDate(2026, 2, 3));
        CHECK(saved.last().description == QStringLiteral("Föll i korridoren, larm utlöst"));
        CHECK(saved.last().externalId == QStringLiteral("A-1"));
        CHECK(saved.first().externalId == QStringLiteral("A-2"));
        for (const Deviation &d : saved) {
            if (d.externalId == QLatin1String("A-5")) {
                CHECK(d.severity == DeviationSeverity::Serious);
                CHECK(d.category == DeviationCategory::Conduct);
            }
        }

        // A file without a description column is refused as a whole.
        CHECK_THROWS_AS(import.run(QByteArray("Datum;Kategori;Allvarlighetsgrad\n"
                                              "2026-02-03;Fall;Lindrig\n"),
                            team.unitId),
            StorageError);
    }
}

TEST_CASE("the kvalitetsmöte takes up the period's deviations as agenda items", "[deviation]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        saveDeviation(
            workspace, deviation(team.unitId, QDate(2026, 3, 3), DeviationCategory::Fall));
        saveDeviation(
            workspace, deviation(team.unitId, QDate(2026, 3, 9), DeviationCategory::Fall));
        Deviation serious = deviation(team.unitId, QDate(2026, 3, 12),
            DeviationCategory::Medication, QStringLiteral("Dubbel dos kvällsmedicin"));
        serious.severity = DeviationSeverity::Serious;
        const qint64 seriousId = saveDeviation(workspace, serious);
        saveDeviation(
            workspace, deviation(team.unitId, QDate(2026, 2, 9), DeviationCategory::Fall));
        const qint64 meeting = test::makeForumMeeting(
            workspace, team.unitId, "kvalitetsmote", QDate(2026, 4, 7), team.leadId);

        const int before = workspace.agenda().items(meeting).size();
        CHECK(takeUpDeviations(workspace, meeting, QDate(2026, 3, 1), QDate(2026, 3, 31)) == 2);
        const QList<AgendaItem> items = workspace.agenda().items(meeting);
        REQUIRE(items.size() == before + 2);
        QHash<QString, QString> bodies;
        for (const AgendaItem &item : items)
            bodies.insert(item.title, item.body);
        CHECK(bodies.value(QStringLiteral("Avvikelser: Fall"))
                  .contains(QStringLiteral("2 avvikelser (föregående period 1)")));
        CHECK(bodies.value(QStringLiteral("Avvikelser: Läkemedel"))
                  .contains(QStringLiteral("Allvarliga: 1")));
        // Taken up again, nothing is added twice.
        CHECK(takeUpDeviations(workspace, meeting, QDate(2026, 3, 1), QDate(2026, 3, 31)) == 0);
        const qint64 own = takeUpDeviation(workspace, meeting, seriousId);
        CHECK(takeUpDeviation(workspace, meeting, seriousId) == own);
        CHECK(workspace.agenda().items(meeting).size() == before + 3);
    }
}
