// The APT's årshjul: the month's topics on each APT held in it, the
// organisation's unless the unit has its own for the month. Both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/quality/AptYearWheel.h"
#include "services/scheduling/AgendaBuilder.h"
#include "storage/UnitRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
QStringList wheelItems(Workspace &workspace, qint64 meetingId)
{
    QStringList titles;
    for (const AgendaItem &item : workspace.agenda().items(meetingId)) {
        if (isYearWheelItemTitle(item.title))
            titles << item.title;
    }
    return titles;
}

QString item(const char *topic)
{
    return yearWheelItemTitle(QString::fromUtf8(topic));
}
} // namespace

TEST_CASE("the årshjul's file has topics for ten months", "[arshjul]")
{
    int months = 0;
    for (int m = 1; m <= 12; ++m)
        months += AptYearWheel::organisationTopics(m).isEmpty() ? 0 : 1;
    CHECK(months == 10);
    CHECK(AptYearWheel::organisationTopics(7).isEmpty());
    CHECK(AptYearWheel::organisationTopics(3).contains(
        QStringLiteral("Självskattning av basala hygien- och klädrutiner")));
    QString error;
    CHECK(yearWheelFromJson(R"({"months": [{"month": 13, "topics": []}]})", &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("each APT takes up its month's årshjul topics, a unit's own in place of the "
          "organisation's",
    "[arshjul]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        Unit other;
        other.name = QStringLiteral("Solgården avd 3");
        const qint64 otherUnit = workspace.units().create(other, team.leadId);

        AgendaBuilder builder(workspace);
        const qint64 march = test::makeForumMeeting(
            workspace, team.unitId, "apt", QDate(2026, 3, 18), team.leadId);
        const qint64 april = test::makeForumMeeting(
            workspace, team.unitId, "apt", QDate(2026, 4, 15), team.leadId);
        const qint64 teamMeeting = test::makeForumMeeting(
            workspace, team.unitId, "teammote", QDate(2026, 3, 19), team.leadId);
        builder.build(march);
        builder.build(march);
        builder.build(april);
        builder.build(teamMeeting);
        CHECK(wheelItems(workspace, march)
            == QStringList {
                item("Självskattning av basala hygien- och klädrutiner"), item("Skyddsrond")});
        CHECK(wheelItems(workspace, april)
            == QStringList {item("Avvikelser och vårdskador: sammanställning och analys"),
                item("Brandskydd och utrymning")});
        CHECK(wheelItems(workspace, teamMeeting).isEmpty());

        // The unit's own topics for April replace the organisation's there.
        AptYearWheel wheel(workspace);
        wheel.setUnitTopics(team.unitId, 4,
            {QStringLiteral("Brandskydd och utrymning"), QStringLiteral("Ny larmrutin nattetid")});
        CHECK(wheel.month(team.unitId, 4).own);
        CHECK_FALSE(wheel.month(otherUnit, 4).own);
        const qint64 ownApril = test::makeForumMeeting(
            workspace, team.unitId, "apt", QDate(2026, 4, 29), team.leadId);
        const qint64 otherApril
            = test::makeForumMeeting(workspace, otherUnit, "apt", QDate(2026, 4, 29), team.leadId);
        builder.build(ownApril);
        builder.build(otherApril);
        CHECK(wheelItems(workspace, ownApril)
            == QStringList {item("Brandskydd och utrymning"), item("Ny larmrutin nattetid")});
        CHECK(wheelItems(workspace, otherApril)
            == QStringList {item("Avvikelser och vårdskador: sammanställning och analys"),
                item("Brandskydd och utrymning")});

        // Refused: a month outside the year, a client's name.
        CHECK_THROWS_AS(wheel.setUnitTopics(team.unitId, 13, {QStringLiteral("x")}), StorageError);
        CHECK_THROWS_AS(wheel.setUnitTopics(team.unitId, 5, {QStringLiteral("Greta Gran flyttar")}),
            StorageError);
        CHECK_FALSE(wheel.month(team.unitId, 5).own);

        // None: back to the organisation's.
        wheel.setUnitTopics(team.unitId, 4, {});
        CHECK_FALSE(wheel.month(team.unitId, 4).own);
        CHECK(wheel.month(team.unitId, 4).topics == AptYearWheel::organisationTopics(4));
    }
}
