// teamforum-cli samordning guests, register and leader: the health centre's
// staff invited to a samordningsmöte series and the occurrence's leader
// proposed in turn and set. JSON out, Swedish refusals; both engines.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/Workspace.h"
#include "storage/SeriesRepository.h"
#include "support/CliRun.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace tf;

TEST_CASE("samordning guests and leader on the command line", "[shared][cli][samordning]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        QList<Meeting> meetings;
        qint64 unitId = 0;
        qint64 chairId = 0;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            test::ChairFixture fixture(workspace);
            workspace.setActorId(fixture.chairId);
            const MeetingSeries series
                = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
            for (const SeriesMeeting &entry : workspace.series().meetings(series.id))
                meetings << entry.meeting;
            std::sort(meetings.begin(), meetings.end(),
                [](const Meeting &a, const Meeting &b) { return a.startUtc < b.startUtc; });
            unitId = fixture.unitId;
            chairId = fixture.chairId;
        }
        REQUIRE(meetings.size() >= 3);
        const QString database = backend.url.isEmpty() ? backend.spec.path : backend.url;
        const auto cli = [&](QStringList arguments) {
            return test::runCli(QStringList {QStringLiteral("--database"), database} + arguments);
        };
        const QString first = QString::number(meetings.at(0).id);
        const QString second = QString::number(meetings.at(1).id);

        test::CliRun run = cli({QStringLiteral("samordning"), QStringLiteral("guests"),
            QStringLiteral("add"), QStringLiteral("--meeting"), first, QStringLiteral("--name"),
            QStringLiteral("Karin Berg"), QStringLiteral("--organisation"),
            QStringLiteral("Vårdcentralen Norra"), QStringLiteral("--role"),
            QStringLiteral("distriktssköterska"), QStringLiteral("--email"),
            QStringLiteral("karin.berg@vc-norra.example"), QStringLiteral("--whole-series")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QJsonArray external = run.json().object().value(QStringLiteral("external")).toArray();
        REQUIRE(external.size() == 1);
        const qint64 karin = external.at(0).toObject().value(QStringLiteral("id")).toInteger();
        CHECK(external.at(0).toObject().value(QStringLiteral("organisation")).toString()
            == QStringLiteral("Vårdcentralen Norra"));

        // The whole series: the second meeting has her too.
        run = cli({QStringLiteral("samordning"), QStringLiteral("guests"), QStringLiteral("list"),
            QStringLiteral("--meeting"), second});
        REQUIRE(run.exitCode == 0);
        external = run.json().object().value(QStringLiteral("external")).toArray();
        REQUIRE(external.size() == 1);
        CHECK(external.at(0).toObject().value(QStringLiteral("label")).toString()
            == QStringLiteral("Karin Berg (distriktssköterska, Vårdcentralen Norra)"));

        run = cli({QStringLiteral("samordning"), QStringLiteral("register"),
            QStringLiteral("--unit"), QString::number(unitId)});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("register")).toArray().size() == 1);

        // The second meeting's leader is proposed from the health centre.
        run = cli({QStringLiteral("samordning"), QStringLiteral("leader"), QStringLiteral("show"),
            QStringLiteral("--meeting"), second});
        REQUIRE(run.exitCode == 0);
        QJsonObject leader = run.json().object();
        CHECK(leader.value(QStringLiteral("externalId")).toInteger() == karin);
        CHECK(leader.value(QStringLiteral("proposed")).toBool());
        CHECK(leader.value(QStringLiteral("side")).toString() == QStringLiteral("extern"));

        // The chair leads it instead: kept, no longer a proposal.
        run = cli({QStringLiteral("samordning"), QStringLiteral("leader"), QStringLiteral("set"),
            QStringLiteral("--meeting"), second, QStringLiteral("--person"),
            QString::number(chairId)});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        leader = run.json().object();
        CHECK(leader.value(QStringLiteral("personId")).toInteger() == chairId);
        CHECK_FALSE(leader.value(QStringLiteral("proposed")).toBool());

        // Swedish refusals: neither or both of --person and --external, an
        // unknown subcommand, someone not at the meeting.
        run = cli({QStringLiteral("samordning"), QStringLiteral("leader"), QStringLiteral("set"),
            QStringLiteral("--meeting"), second});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("antingen --person")));
        run = cli(
            {QStringLiteral("samordning"), QStringLiteral("guests"), QStringLiteral("invite")});
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QStringLiteral("list, add eller remove")));
        run = cli({QStringLiteral("samordning"), QStringLiteral("leader"), QStringLiteral("set"),
            QStringLiteral("--meeting"), second, QStringLiteral("--external"),
            QStringLiteral("999999")});
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QStringLiteral("Mötesledaren")));
        run = cli({QStringLiteral("samordning"), QStringLiteral("guests"), QStringLiteral("add"),
            QStringLiteral("--meeting"), first, QStringLiteral("--name"),
            QStringLiteral("Lars Lind")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--organisation")));

        // Off the series from the second meeting on.
        run = cli({QStringLiteral("samordning"), QStringLiteral("guests"), QStringLiteral("remove"),
            QStringLiteral("--meeting"), second, QStringLiteral("--external"),
            QString::number(karin), QStringLiteral("--whole-series")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("external")).toArray().isEmpty());
        run = cli({QStringLiteral("samordning"), QStringLiteral("guests"), QStringLiteral("list"),
            QStringLiteral("--meeting"), first});
        CHECK(run.json().object().value(QStringLiteral("external")).toArray().size() == 1);
    }
}
