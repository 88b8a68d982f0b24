#include <catch2/catch.hpp>

#include "domain/care/CareRecords.h"
#include "domain/care/Consent.h"
#include "services/Workspace.h"
#include "services/care/MyClients.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
qint64 addClient(Workspace &workspace, const test::MinutesFixture &f, const QString &name,
    const QString &personnummer)
{
    Client client;
    client.unitId = f.unitId;
    client.name = name;
    client.personnummer = personnummer;
    client.contactPersonId = f.helperId;
    return workspace.clients().create(client, f.chairId);
}

qint64 putOnAgenda(
    Workspace &workspace, const test::MinutesFixture &f, qint64 meetingId, qint64 clientId)
{
    AgendaItem item;
    item.meetingId = meetingId;
    item.title = QStringLiteral("Uppföljning");
    item.clientId = clientId;
    return workspace.meetings().addAgendaItem(item, f.chairId);
}

void decideConsent(Workspace &workspace, const test::MinutesFixture &f, qint64 clientId,
    ConsentScope scope, ConsentDecision decision, const QDate &on)
{
    Consent consent;
    consent.clientId = clientId;
    consent.scope = scope;
    consent.decision = decision;
    consent.decidedOn = on;
    workspace.consents().add(consent, f.helperId);
}

const MyClientStatus *statusOf(const QList<MyClientStatus> &statuses, qint64 clientId)
{
    for (const MyClientStatus &status : statuses)
        if (status.client.id == clientId)
            return &status;
    return nullptr;
}
} // namespace

TEST_CASE("Mina kunder gives every client its own next meeting, checklist and consent",
    "[care][myclients]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const QDateTime start(QDate(2026, 9, 7), QTime(8, 0), Qt::UTC);
        const auto f = test::makeMinutesFixture(workspace, start);
        {
            Client greta = *workspace.clients().byId(f.clientId);
            greta.contactPersonId = f.helperId;
            workspace.clients().save(greta, f.chairId);
        }
        const qint64 olle = addClient(
            workspace, f, QStringLiteral("Olle Olsson"), QStringLiteral("19300316-1233"));
        const qint64 bo
            = addClient(workspace, f, QStringLiteral("Bo Berg"), QStringLiteral("19280212-1232"));

        // Greta is on the fixture's meeting and on a later one; Bo on the
        // later one only, twice; Olle on none, and on an earlier one.
        const qint64 earlier = test::addMeeting(workspace, f, start.addDays(-7));
        putOnAgenda(workspace, f, earlier, olle);
        const qint64 later = test::addMeeting(workspace, f, start.addDays(7));
        putOnAgenda(workspace, f, later, f.clientId);
        const qint64 boFirst = putOnAgenda(workspace, f, later, bo);
        putOnAgenda(workspace, f, later, bo);

        // Greta's checklist of her next item is done; Bo's is begun only.
        Participation done;
        done.agendaItemId = f.itemIds.at(1);
        done.clientAsked = true;
        done.relatives = RelativesAsked::Asked;
        workspace.care().saveParticipation(done, f.helperId);
        Participation begun;
        begun.agendaItemId = boFirst;
        begun.clientWishes = QStringLiteral("Vill duscha på kvällen");
        workspace.care().saveParticipation(begun, f.helperId);

        // Olle gave consent after refusing; Bo only for his relatives.
        decideConsent(workspace, f, olle, ConsentScope::OtherCareProviders,
            ConsentDecision::Refused, QDate(2026, 5, 1));
        decideConsent(workspace, f, olle, ConsentScope::OtherCareProviders, ConsentDecision::Given,
            QDate(2026, 8, 1));
        decideConsent(
            workspace, f, bo, ConsentScope::Relatives, ConsentDecision::Given, QDate(2026, 8, 1));

        workspace.setActorId(f.helperId);
        const auto statuses = readMyClientStatuses(workspace, start.addSecs(-3600));
        REQUIRE(statuses.size() == 3);

        const MyClientStatus *gretaStatus = statusOf(statuses, f.clientId);
        REQUIRE(gretaStatus);
        REQUIRE(gretaStatus->nextMeeting);
        CHECK(gretaStatus->nextMeeting->id == f.meetingId);
        CHECK(gretaStatus->nextAgendaItemId == f.itemIds.at(1));
        CHECK(gretaStatus->checklistDone);
        CHECK_FALSE(gretaStatus->sharingConsent);

        const MyClientStatus *boStatus = statusOf(statuses, bo);
        REQUIRE(boStatus);
        REQUIRE(boStatus->nextMeeting);
        CHECK(boStatus->nextMeeting->id == later);
        CHECK(boStatus->nextMeeting->startUtc == start.addDays(7));
        CHECK(boStatus->nextAgendaItemId == boFirst);
        CHECK_FALSE(boStatus->checklistDone);
        CHECK_FALSE(boStatus->sharingConsent);

        const MyClientStatus *olleStatus = statusOf(statuses, olle);
        REQUIRE(olleStatus);
        CHECK_FALSE(olleStatus->nextMeeting);
        CHECK(olleStatus->nextAgendaItemId == 0);
        REQUIRE(olleStatus->sharingConsent);
        CHECK(olleStatus->sharingConsent->decision == ConsentDecision::Given);
        CHECK(olleStatus->sharingConsent->decidedOn == QDate(2026, 8, 1));
    }
}
