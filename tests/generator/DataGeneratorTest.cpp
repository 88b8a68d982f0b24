#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "domain/Personnummer.h"
#include "domain/Professions.h"
#include "domain/StorageError.h"
#include "domain/quality/ClientMention.h"
#include "services/Workspace.h"
#include "services/generator/DataGenerator.h"
#include "services/quality/ActionPlans.h"
#include "services/quality/Complaints.h"
#include "services/quality/Deviations.h"
#include "storage/Query.h"
#include "support/TestBackends.h"

#include <QCryptographicHash>
#include <QSet>

using namespace tf;

namespace {
// A digest of what a person would see: meetings, agendas, notes, actions.
QByteArray contentDigest(Workspace &workspace)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT uuid, start_utc, status FROM meeting ORDER BY id"),
        QStringLiteral("SELECT title FROM agenda_item ORDER BY id"),
        QStringLiteral("SELECT text FROM minute_entry ORDER BY id"),
        QStringLiteral("SELECT what, due_date, status FROM team_action ORDER BY id"),
        QStringLiteral("SELECT personnummer, name FROM client ORDER BY id"),
    };
    for (const QString &sql : queries) {
        Query query(workspace.database(), sql);
        query.exec();
        while (query.next()) {
            for (int column = 0; column < 3; ++column)
                hash.addData(query.text(column).toUtf8());
        }
    }
    return hash.result();
}

qint64 count(Workspace &workspace, const QString &table)
{
    Query query(workspace.database(), QStringLiteral("SELECT count(*) FROM ") + table);
    query.exec();
    return query.next() ? query.id(0) : -1;
}
} // namespace

TEST_CASE("the small generated database is realistic, whole and passes the check", "[generator]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        GeneratorOptions options;
        options.seed = 42;
        const GeneratorResult result = generateDatabase(workspace, options);
        CHECK(result.units == 7); // six verksamheter and the area over home care
        CHECK(count(workspace, QStringLiteral("unit")) == result.units);
        CHECK(result.meetings > 1000);
        CHECK(result.agendaItems > 6 * result.meetings);
        CHECK(result.minuteEntries > 0);
        CHECK(result.actions > 0);
        CHECK(count(workspace, QStringLiteral("meeting")) == result.meetings);
        CHECK(count(workspace, QStringLiteral("team_action")) == result.actions);
        // Reads around every held meeting, as the views log them.
        CHECK(result.accessLogRows > 10 * result.meetings);
        CHECK(count(workspace, QStringLiteral("access_log")) == result.accessLogRows);
        CHECK(workspace.check().isEmpty());

        // A few deviations a unit and month, falls the most common, none
        // naming a client; complaints both open and answered.
        CHECK(count(workspace, QStringLiteral("deviation")) == result.deviations);
        CHECK(result.deviations > 6 * 12);
        CHECK(result.deviations < 6 * 12 * 6);
        const DeviationSummary year = summarizeDeviations(
            workspace, 0, options.lastDay.addYears(-1).addDays(1), options.lastDay);
        REQUIRE(year.categories.first().first == DeviationCategory::Fall);
        for (const auto &[category, tally] : year.categories)
            CHECK(tally.current <= year.categories.first().second.current);
        CHECK(year.units.size() == 6);
        const QStringList names = knownClientNames(workspace);
        for (const Deviation &d :
            deviationsBetween(workspace, 0, QDate(2000, 1, 1), options.lastDay)) {
            REQUIRE(clientMentionIn(d.description, names).isEmpty());
        }
        CHECK(count(workspace, QStringLiteral("complaint")) == result.complaints);
        const QList<Complaint> all = complaintsOf(workspace, 0, false);
        const qsizetype open = complaintsOf(workspace, 0, true).size();
        CHECK(open < all.size());
        for (const Complaint &c : all)
            CHECK((c.status == ComplaintStatus::Open) == c.feedback.isEmpty());

        // Egenkontroller done in most periods; handlingsplaner both open
        // (a standing item of their forum) and signed off.
        CHECK(count(workspace, QStringLiteral("self_inspection")) == result.selfInspections);
        CHECK(result.selfInspections > 6 * 10);
        CHECK(count(workspace, QStringLiteral("action_plan")) == result.actionPlans);
        ActionPlans plans(workspace);
        const QList<ActionPlan> everyPlan = plans.of(0, false);
        const qsizetype openPlans = plans.of(0, true).size();
        CHECK(openPlans > 0);
        CHECK(openPlans < everyPlan.size());
        for (const ActionPlan &plan : everyPlan) {
            CHECK(plan.steps.size() == 3);
            CHECK(plan.isOpen() == (plan.status != PlanStatus::Done));
        }

        // Every held meeting is approved with its minutes locked, as the
        // program leaves it; the store then refuses changes to it.
        Query held(workspace.database(),
            QStringLiteral("SELECT count(*), count(c.meeting_id), min(m.id) FROM meeting m "
                           "LEFT JOIN minutes_closing c ON c.meeting_id = m.id AND c.locked = 1 "
                           "WHERE m.status = 'approved'"));
        held.exec();
        REQUIRE(held.next());
        CHECK(held.id(0) > result.meetings / 2);
        CHECK(held.id(1) == held.id(0));
        Query move(workspace.database(),
            QStringLiteral("UPDATE meeting SET start_utc = '2026-01-01T08:00:00Z' WHERE id = ?"));
        move.bind(held.id(2));
        CHECK_THROWS_AS(move.exec(), StorageError);

        Query clients(workspace.database(), QStringLiteral("SELECT personnummer FROM client"));
        clients.exec();
        int checked = 0;
        while (clients.next()) {
            INFO(clients.text(0).toStdString());
            CHECK(validatePersonnummer(clients.text(0), QDate(2026, 11, 1)).valid);
            ++checked;
        }
        CHECK(checked == result.clients);

        // The nurse role goes only to nurses, the OT's and PT's to their
        // own professions, and every client has all three.
        Query roles(workspace.database(),
            QStringLiteral("SELECT n.profession, o.profession, p.profession FROM client c "
                           "JOIN person n ON n.id = c.nurse_id "
                           "JOIN person o ON o.id = c.occupational_therapist_id "
                           "JOIN person p ON p.id = c.physiotherapist_id"));
        roles.exec();
        int clinicians = 0;
        while (roles.next()) {
            Person nurse, occupational, physio;
            nurse.profession = roles.text(0);
            occupational.profession = roles.text(1);
            physio.profession = roles.text(2);
            CHECK(practises(nurse, Clinician::Nurse));
            CHECK(practises(occupational, Clinician::OccupationalTherapist));
            CHECK(practises(physio, Clinician::Physiotherapist));
            ++clinicians;
        }
        CHECK(clinicians == result.clients);

        CHECK_THROWS_AS(generateDatabase(workspace, options), StorageError);
    }
}

namespace {
qint64 number(Workspace &workspace, const QString &sql)
{
    Query query(workspace.database(), sql);
    query.exec();
    return query.next() ? query.id(0) : -1;
}
} // namespace

TEST_CASE("generated data holds samordning, shared clients and the contact person's duties",
    "[generator][samordning]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        GeneratorOptions options;
        options.seed = 7;
        generateDatabase(workspace, options);
        const auto n = [&](const char *sql) { return number(workspace, QString::fromUtf8(sql)); };

        // An area over home care and boendestöd, coordinating both.
        CHECK(n("SELECT count(*) FROM unit WHERE service_type = 'samordning'") == 1);
        CHECK(n("SELECT count(*) FROM unit c JOIN unit a ON a.id = c.parent_id "
                "WHERE a.service_type = 'samordning' "
                "AND c.service_type IN ('ordinart_boende', 'boendestod')")
            == 2);
        CHECK(n("SELECT count(*) FROM coordinated_unit c JOIN unit a ON a.id = c.unit_id "
                "WHERE a.service_type = 'samordning' AND c.forum = 'samordningsmote'")
            == 2);
        // Home-care clients served by boendestöd too, from a day: one record.
        CHECK(n("SELECT count(*) FROM client_serving_unit s JOIN unit u ON u.id = s.unit_id "
                "WHERE u.service_type = 'boendestod' AND s.from_date IS NOT NULL "
                "AND s.client_id IN (SELECT c.id FROM client c JOIN unit h ON h.id = c.unit_id "
                "WHERE h.service_type = 'ordinart_boende')")
            >= 3);
        // Its samordningsmöten take the shared clients up, each with a
        // consent for other care providers valid on the meeting's day.
        const qint64 sharedItems
            = n("SELECT count(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
                "JOIN unit a ON a.id = m.unit_id WHERE a.service_type = 'samordning' "
                "AND i.client_id IS NOT NULL");
        CHECK(sharedItems > 10);
        CHECK(n("SELECT count(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
                "JOIN unit a ON a.id = m.unit_id WHERE a.service_type = 'samordning' "
                "AND i.client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM consent k "
                "WHERE k.client_id = i.client_id AND k.scope = 'other_care_providers' "
                "AND k.decision = 'given' AND k.decided_on <= substr(m.start_utc, 1, 10) "
                "AND k.valid_until >= substr(m.start_utc, 1, 10))")
            == 0);
        // Genomförandeplaner: steps recorded, and clients whose talk or plan
        // is late (moved in over 44 days ago without one).
        CHECK(n("SELECT count(*) FROM client_admission") == n("SELECT count(*) FROM client"));
        CHECK(n("SELECT count(*) FROM care_plan_event WHERE kind = 'uppfoljning'") > 0);
        CHECK(n("SELECT count(*) FROM client_admission a WHERE a.moved_in_on < '2026-09-17' "
                "AND NOT EXISTS (SELECT 1 FROM care_plan_event e WHERE e.client_id = a.client_id "
                "AND e.kind = 'genomforandeplan')")
            > 0);
        // Journal duties waiting, and clients or relatives invited.
        CHECK(n("SELECT count(*) FROM team_action WHERE journal_entry_needed = 1 "
                "AND journal_by IS NOT NULL")
            > 0);
        const qint64 guests = n("SELECT count(*) FROM meeting_guest");
        CHECK(guests > 0);
        CHECK(guests < 100);
        CHECK(n("SELECT count(*) FROM meeting_guest g JOIN meeting m ON m.id = g.meeting_id "
                "WHERE m.status <> 'planned'")
            == 0);
        // No two clients of a unit share a name.
        CHECK(n("SELECT count(*) FROM (SELECT unit_id, name FROM client "
                "GROUP BY unit_id, name HAVING count(*) > 1) d")
            == 0);
        CHECK(workspace.check().isEmpty());
    }
}

TEST_CASE("the same seed gives the same database, another seed another", "[generator]")
{
    const auto first = tf::test::sqliteBackend();
    const auto second = tf::test::sqliteBackend();
    const auto third = tf::test::sqliteBackend();
    QByteArray digests[3];
    const tf::test::TestBackend *backends[3] = {&first, &second, &third};
    for (int i = 0; i < 3; ++i) {
        Workspace workspace(backends[i]->spec);
        workspace.open();
        GeneratorOptions options;
        options.seed = i < 2 ? 7 : 8;
        generateDatabase(workspace, options);
        digests[i] = contentDigest(workspace);
    }
    CHECK(digests[0] == digests[1]);
    CHECK(digests[0] != digests[2]);
}

TEST_CASE("a region's six hundred generated units each have a name of their own", "[generator]")
{
    QSet<QString> names;
    for (const ServiceType type : allServiceTypes()) {
        for (int index = 0; index < 100; ++index)
            names.insert(generatedUnitName(type, index));
    }
    CHECK(names.size() == 600);
    // The first municipality's units keep the names the municipality has.
    CHECK(generatedUnitName(ServiceType::Sabo, 3) == QStringLiteral("Ekbacken avdelning 1"));
    CHECK(generatedUnitName(ServiceType::OrdinartBoende, 13)
        == QStringLiteral("Hemtjänst Ekbacken, Almby"));
}
