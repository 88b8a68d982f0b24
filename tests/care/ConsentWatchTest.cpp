// The enhetschef's consent list: consents ending within 30 days (29 and 30
// days left are listed, 31 is not, an expired one or none is no "expiring"
// consent) and the clients on coming samordningsmöten without a valid
// consent. Both engines.
#include <catch2/catch.hpp>

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/ConsentWatch.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/Query.h"
#include "storage/UnitRepository.h"
#include "storage/care/ConsentRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tf;

namespace {
qint64 addClient(
    Workspace &workspace, qint64 unitId, const QString &name, const QString &pnr, qint64 actorId)
{
    Client client;
    client.unitId = unitId;
    client.name = name;
    client.personnummer = pnr;
    return workspace.clients().create(client, actorId);
}

void addConsent(Workspace &workspace, qint64 clientId, const QDate &validUntil,
    ConsentDecision decision, qint64 actorId)
{
    Consent consent;
    consent.clientId = clientId;
    consent.scope = ConsentScope::OtherCareProviders;
    consent.decision = decision;
    if (decision == ConsentDecision::Limited)
        consent.limitation = QStringLiteral("Bara till vårdcentralen");
    consent.decidedOn = validUntil.addYears(-1).addDays(1);
    consent.validUntil = validUntil;
    workspace.consents().add(consent, actorId);
}

// On the agenda through the repository: the agenda's door would refuse a
// client without consent, but a consent may be withdrawn or end after the
// client was put on it.
void putOnAgenda(
    Workspace &workspace, qint64 meetingId, qint64 clientId, const QString &title, qint64 actorId)
{
    AgendaItem item;
    item.meetingId = meetingId;
    item.clientId = clientId;
    item.title = title;
    workspace.meetings().addAgendaItem(item, actorId);
}

int consentReads(Workspace &workspace, qint64 clientId)
{
    Query query(workspace.database(),
        QStringLiteral("SELECT count(*) FROM access_log WHERE client_id = ? AND kind = 'consent'"));
    query.bind(clientId).exec();
    query.next();
    return query.integer(0);
}
} // namespace

TEST_CASE("the consent list shows consents ending within 30 days and clients on samordningsmöten "
          "without consent",
    "[consent][care]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        const QDate day = stockholmDate(QDateTime::currentDateTimeUtc());
        const qint64 in29 = team.clientId;
        const qint64 in30 = addClient(workspace, team.unitId, QStringLiteral("Bo Berg"),
            QStringLiteral("19300101-0002"), team.leadId);
        const qint64 in31 = addClient(workspace, team.unitId, QStringLiteral("Cilla Ceder"),
            QStringLiteral("19310202-0009"), team.leadId);
        const qint64 expired = addClient(workspace, team.unitId, QStringLiteral("Dan Dahl"),
            QStringLiteral("19320303-0006"), team.leadId);
        const qint64 none = addClient(workspace, team.unitId, QStringLiteral("Eva Ek"),
            QStringLiteral("19330404-0003"), team.leadId);
        const qint64 refused = addClient(workspace, team.unitId, QStringLiteral("Frans Fur"),
            QStringLiteral("19340505-0000"), team.leadId);
        addConsent(workspace, in29, day.addDays(29), ConsentDecision::Given, team.leadId);
        addConsent(workspace, in30, day.addDays(30), ConsentDecision::Limited, team.leadId);
        addConsent(workspace, in31, day.addDays(31), ConsentDecision::Given, team.leadId);
        addConsent(workspace, expired, day.addDays(-1), ConsentDecision::Given, team.leadId);
        addConsent(workspace, refused, day.addDays(-200), ConsentDecision::Given, team.leadId);
        addConsent(workspace, refused, day.addDays(100), ConsentDecision::Refused, team.leadId);

        // A samordningsmöte in two weeks with four of them; one in five
        // weeks with the client whose consent ends in 31 days.
        const qint64 soon = test::makeForumMeeting(
            workspace, team.unitId, "samordningsmote", day.addDays(14), team.leadId);
        const qint64 later = test::makeForumMeeting(
            workspace, team.unitId, "samordningsmote", day.addDays(35), team.leadId);
        const qint64 team2 = test::makeForumMeeting(
            workspace, team.unitId, "teammote", day.addDays(14), team.leadId);
        putOnAgenda(workspace, soon, in30, QStringLiteral("Bo Berg"), team.leadId);
        putOnAgenda(workspace, soon, expired, QStringLiteral("Dan Dahl"), team.leadId);
        putOnAgenda(workspace, soon, none, QStringLiteral("Eva Ek"), team.leadId);
        putOnAgenda(workspace, soon, refused, QStringLiteral("Frans Fur"), team.leadId);
        putOnAgenda(workspace, later, in31, QStringLiteral("Cilla Ceder"), team.leadId);
        putOnAgenda(
            workspace, team2, none, QStringLiteral("Eva Ek"), team.leadId); // no consent needed

        const ConsentWatchList list
            = readConsentWatch(workspace, {team.unitId}, day, AccessPurpose::UnitClients);
        REQUIRE(list.expiring.size() == 2);
        CHECK(list.expiring.at(0).client.id == in29);
        CHECK(list.expiring.at(0).daysLeft == 29);
        CHECK(list.expiring.at(1).client.id == in30);
        CHECK(list.expiring.at(1).daysLeft == 30);
        CHECK(list.expiring.at(1).unitName == QStringLiteral("Solgården avd 2"));

        QList<qint64> without;
        for (const MeetingWithoutConsent &row : list.withoutConsent)
            without << row.client.id;
        CHECK(without == QList<qint64> {expired, none, refused, in31});
        CHECK(list.withoutConsent.at(0).reason.contains(day.addDays(-1).toString(Qt::ISODate)));
        CHECK(list.withoutConsent.at(1).reason.contains(QStringLiteral("saknar samtycke")));
        CHECK(list.withoutConsent.at(2).reason.contains(QStringLiteral("inte samtyckt")));
        CHECK(list.withoutConsent.at(3).meeting.id == later);

        // Every client listed is logged as read; the others are not.
        CHECK(consentReads(workspace, in29) == 1);
        CHECK(consentReads(workspace, none) == 1);
        CHECK(consentReads(workspace, in31) == 1);

        // A day later the one with 31 days left has 30 and is listed.
        const ConsentWatchList tomorrow = readConsentWatch(
            workspace, {team.unitId}, day.addDays(1), AccessPurpose::UnitClients);
        CHECK(tomorrow.expiring.size() == 3);
        CHECK(tomorrow.expiring.last().client.id == in31);

        // Nothing for a unit without clients.
        Unit empty;
        empty.name = QStringLiteral("Tom enhet");
        const qint64 emptyId = workspace.units().create(empty, team.leadId);
        const ConsentWatchList nothing
            = readConsentWatch(workspace, {emptyId}, day, AccessPurpose::UnitClients);
        CHECK(nothing.expiring.isEmpty());
        CHECK(nothing.withoutConsent.isEmpty());
    }
}

TEST_CASE("consent expiry at the edges", "[consent][unit]")
{
    const QDate day(2027, 3, 1);
    Consent consent;
    consent.decision = ConsentDecision::Given;
    consent.validUntil = day.addDays(30);
    CHECK(consentExpiresWithin(consent, day, 30));
    consent.validUntil = day.addDays(31);
    CHECK_FALSE(consentExpiresWithin(consent, day, 30));
    consent.validUntil = day;
    CHECK(consentExpiresWithin(consent, day, 30)); // its last day
    consent.validUntil = day.addDays(-1);
    CHECK_FALSE(consentExpiresWithin(consent, day, 30)); // expired
    consent.validUntil = day.addDays(10);
    consent.decision = ConsentDecision::Refused;
    CHECK_FALSE(consentExpiresWithin(consent, day, 30));
}
