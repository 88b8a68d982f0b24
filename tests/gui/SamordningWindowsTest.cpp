// The samordningsmöte's windows: the chair ticks the units of the area its
// samordningsmöte coordinates, and the nurse or contact person records a
// stay in hospital, after which the client is proposed as a risk
// individual. Both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/RiskIndividuals.h"
#include "services/chair/CoordinatedUnits.h"
#include "storage/ClientRepository.h"
#include "storage/UnitRepository.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "ui/care/HospitalStayDialog.h"
#include "ui/chair/AgendaPanel.h"
#include "ui/chair/CoordinatedUnitsDialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace tf;

namespace {
qint64 makeUnit(
    Workspace &workspace, const QString &name, ServiceType type, qint64 parentId, qint64 actorId)
{
    Unit unit;
    unit.name = name;
    unit.serviceType = type;
    unit.parentId = parentId;
    return workspace.units().create(unit, actorId);
}

QListWidgetItem *itemNamed(QListWidget *list, const QString &start)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(start))
            return list->item(row);
    return nullptr;
}
} // namespace

TEST_CASE("the chair ticks the units the samordningsmöte of the area coordinates",
    "[samordning][chair][care-ui]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        const qint64 area = makeUnit(
            workspace, QStringLiteral("Område Norr"), ServiceType::Samordning, 0, team.leadId);
        const qint64 boendestod = makeUnit(workspace, QStringLiteral("Boendestöd Norr"),
            ServiceType::Boendestod, area, team.leadId);
        const qint64 hemsjukvard = makeUnit(workspace, QStringLiteral("Hemsjukvård Norr"),
            ServiceType::OrdinartBoende, area, team.leadId);
        makeUnit(workspace, QStringLiteral("Solbacken"), ServiceType::Sabo, 0, team.leadId);
        const qint64 meeting = test::makeForumMeeting(workspace, area, "samordningsmote",
            stockholmDate(QDateTime::currentDateTimeUtc()).addDays(7), team.leadId);

        // The agenda of the area's samordningsmöte offers the window.
        AgendaPanel panel(workspace);
        panel.show();
        panel.setMeeting(meeting);
        auto *open = panel.findChild<QPushButton *>(QStringLiteral("coordinatedUnitsButton"));
        REQUIRE(open);
        CHECK(open->isVisible());
        CHECK(open->isEnabled());

        {
            CoordinatedUnitsDialog dialog(workspace, area);
            dialog.show();
            QListWidget *units = dialog.units();
            // The units of the area, none ticked yet; not a unit elsewhere.
            REQUIRE(units->count() == 2);
            CHECK_FALSE(itemNamed(units, QStringLiteral("Solbacken")));
            QListWidgetItem *bo = itemNamed(units, QStringLiteral("Boendestöd Norr"));
            REQUIRE(bo);
            CHECK(bo->checkState() == Qt::Unchecked);
            bo->setCheckState(Qt::Checked);
            itemNamed(units, QStringLiteral("Hemsjukvård Norr"))->setCheckState(Qt::Checked);
            test::saveScreenshotIfAsked(&dialog, QStringLiteral("samordnade-enheter"));
            dialog.findChild<QPushButton *>(QStringLiteral("saveCoordinatedUnitsButton"))->click();
            CHECK(dialog.result() == QDialog::Accepted);
        }
        QList<qint64> saved;
        for (const Unit &unit : CoordinatedUnits(workspace).of(area))
            saved << unit.id;
        CHECK(saved == QList<qint64> {boendestod, hemsjukvard});

        // Opened again it shows what is saved; unticking one removes it.
        {
            CoordinatedUnitsDialog dialog(workspace, area);
            QListWidgetItem *hsv = itemNamed(dialog.units(), QStringLiteral("Hemsjukvård Norr"));
            REQUIRE(hsv);
            CHECK(hsv->checkState() == Qt::Checked);
            hsv->setCheckState(Qt::Unchecked);
            dialog.accept();
            CHECK(dialog.result() == QDialog::Accepted);
        }
        REQUIRE(CoordinatedUnits(workspace).of(area).size() == 1);
        CHECK(CoordinatedUnits(workspace).of(area).first().id == boendestod);
    }
}

TEST_CASE("a stay in hospital recorded in its window makes the client a risk individual",
    "[samordning][risk][care-ui]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.nurseId);
        const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
        const qint64 meeting = test::makeForumMeeting(
            workspace, team.unitId, "samordningsmote", today.addDays(7), team.leadId);
        const auto client = workspace.clients().byId(team.clientId);
        REQUIRE(client);
        CHECK(RiskIndividuals(workspace).proposedFor(meeting).isEmpty());

        // Admitted after the day home: refused in Swedish, the dialog stays.
        {
            HospitalStayDialog dialog(workspace, *client, AccessPurpose::BeforeMeeting);
            dialog.show();
            CHECK(dialog.earlier()->text().contains(QStringLiteral("Ingen sjukhusvistelse")));
            dialog.admitted()->setDate(today.addDays(-2));
            dialog.discharged()->setDate(today.addDays(-4));
            test::ShownMessages shown;
            dialog.findChild<QPushButton *>(QStringLiteral("saveHospitalStayButton"))->click();
            CHECK(dialog.result() != QDialog::Accepted);
            REQUIRE(shown.texts.size() == 1);
            CHECK(shown.texts.first().contains(QStringLiteral("kan inte vara efter dagen")));
            CHECK(RiskIndividuals(workspace)
                      .hospitalStaysOf(team.clientId, AccessPurpose::BeforeMeeting)
                      .isEmpty());
        }
        {
            HospitalStayDialog dialog(workspace, *client, AccessPurpose::BeforeMeeting);
            dialog.show();
            dialog.admitted()->setDate(today.addDays(-12));
            dialog.discharged()->setDate(today.addDays(-5));
            dialog.note()->setText(QStringLiteral("Danderyds sjukhus, avdelning 63"));
            test::saveScreenshotIfAsked(&dialog, QStringLiteral("sjukhusvistelse"));
            dialog.findChild<QPushButton *>(QStringLiteral("saveHospitalStayButton"))->click();
            CHECK(dialog.result() == QDialog::Accepted);
        }
        const QList<HospitalStay> stays = RiskIndividuals(workspace).hospitalStaysOf(
            team.clientId, AccessPurpose::BeforeMeeting);
        REQUIRE(stays.size() == 1);
        CHECK(stays.first().admittedOn == today.addDays(-12));
        CHECK(stays.first().dischargedOn == today.addDays(-5));
        CHECK(stays.first().note == QStringLiteral("Danderyds sjukhus, avdelning 63"));
        CHECK(stays.first().recordedById == team.nurseId);
        // An admission day not known is left out.
        {
            HospitalStayDialog dialog(workspace, *client, AccessPurpose::MyClients);
            CHECK(dialog.earlier()->text().contains(QStringLiteral("Danderyds")));
            dialog.discharged()->setDate(today.addDays(-1));
            dialog.accept();
            CHECK(dialog.result() == QDialog::Accepted);
        }
        const auto latest
            = RiskIndividuals(workspace).hospitalStaysOf(team.clientId, AccessPurpose::MyClients);
        REQUIRE(latest.size() == 2);
        CHECK_FALSE(latest.first().admittedOn.isValid());

        const QList<RiskIndividual> proposed = RiskIndividuals(workspace).proposedFor(meeting);
        REQUIRE(proposed.size() == 1);
        CHECK(proposed.first().client.id == team.clientId);
        CHECK(proposed.first().reasons.join(QString()).contains(
            QStringLiteral("Hemkommen från sjukhus %1")
                .arg(today.addDays(-1).toString(Qt::ISODate))));
    }
}
