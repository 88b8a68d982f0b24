#include <catch2/catch.hpp>

#include "domain/ClientRotation.h"
#include "domain/ScheduleChecks.h"

using namespace tf;

namespace {
Client client(qint64 id, const QString &apartment, int priority = 0)
{
    Client c;
    c.id = id;
    c.name = QStringLiteral("Kund %1").arg(id);
    c.apartment = apartment;
    c.priority = priority;
    return c;
}
} // namespace

TEST_CASE("SÄBO rotation follows the apartments, two per meeting", "[rotation]")
{
    const QList<Client> clients = {client(1, QStringLiteral("10")), client(2, QStringLiteral("2")),
        client(3, QStringLiteral("1")), client(4, QStringLiteral("11")),
        client(5, QStringLiteral("3"))};
    const QDate date(2027, 1, 5);
    RotationHistory history;
    CHECK(ClientRotation::pick(RotationScheme::FixedOrder, clients, history, date, 2)
        == QList<qint64> {3, 2}); // lgh 1, 2
    history.previousPicks = {3, 2};
    CHECK(ClientRotation::pick(RotationScheme::FixedOrder, clients, history, date, 2)
        == QList<qint64> {5, 1}); // lgh 3, 10
    history.previousPicks = {5, 1};
    CHECK(ClientRotation::pick(RotationScheme::FixedOrder, clients, history, date, 2)
        == QList<qint64> {4, 3}); // lgh 11, then round again to lgh 1
    // A client who moved out is skipped over: continue after the last one still there.
    history.previousPicks = {4, 99};
    CHECK(ClientRotation::pick(RotationScheme::FixedOrder, clients, history, date, 2)
        == QList<qint64> {3, 2});
}

TEST_CASE("ordinärt boende takes the greatest need first", "[rotation]")
{
    const QList<Client> clients = {
        client(1, {}, 3), client(2, {}, 1), client(3, {}, 2), client(4, {}, 0), client(5, {}, 4)};
    RotationHistory history;
    const QDate date(2027, 1, 5);
    CHECK(ClientRotation::pick(RotationScheme::PriorityOrder, clients, history, date, 3)
        == QList<qint64> {2, 3, 1});
    // Those taken up last time wait one meeting, unless too few remain.
    history.previousPicks = {2, 3, 1};
    CHECK(ClientRotation::pick(RotationScheme::PriorityOrder, clients, history, date, 3)
        == QList<qint64> {5, 4, 2});
    CHECK(ClientRotation::pick(RotationScheme::PriorityOrder, clients, history, date, 2)
        == QList<qint64> {5, 4});
}

TEST_CASE("daglig verksamhet follows up each client every six months", "[rotation]")
{
    const QList<Client> clients = {client(1, QStringLiteral("A")), client(2, QStringLiteral("B")),
        client(3, QStringLiteral("C")), client(4, QStringLiteral("D"))};
    RotationHistory history;
    history.lastReviewed
        = {{2, QDate(2027, 1, 10)}, {3, QDate(2026, 5, 1)}, {4, QDate(2026, 9, 1)}};
    // Due: never reviewed (1), then the longest-waiting (3); 4 exactly six months ago.
    CHECK(ClientRotation::pick(RotationScheme::HalfYearly, clients, history, QDate(2027, 3, 1), 3)
        == QList<qint64> {1, 3, 4});
    CHECK(ClientRotation::pick(RotationScheme::HalfYearly, clients, history, QDate(2027, 2, 28), 3)
        == QList<qint64> {1, 3});
    CHECK(ClientRotation::pick(RotationScheme::HalfYearly, clients, history, QDate(2027, 3, 1), 1)
        == QList<qint64> {1});
}

TEST_CASE("the scheme follows the service type", "[rotation]")
{
    CHECK(rotationSchemeFor(ServiceType::Sabo) == RotationScheme::FixedOrder);
    CHECK(rotationSchemeFor(ServiceType::OrdinartBoende) == RotationScheme::PriorityOrder);
    CHECK(rotationSchemeFor(ServiceType::DagligVerksamhet) == RotationScheme::HalfYearly);
    // "Systematisk uppföljning samtliga kunder efter behov", not two a meeting.
    CHECK(rotationSchemeFor(ServiceType::Gruppbostad) == RotationScheme::AllClients);
    // The routine names no rotation for these.
    CHECK(rotationSchemeFor(ServiceType::PersonligAssistans) == RotationScheme::AsNeeded);
    CHECK(rotationSchemeFor(ServiceType::Boendestod) == RotationScheme::AsNeeded);
    for (RotationScheme scheme : {RotationScheme::FixedOrder, RotationScheme::PriorityOrder,
             RotationScheme::HalfYearly, RotationScheme::AllClients, RotationScheme::AsNeeded})
        CHECK(rotationSchemeFromKey(rotationSchemeKey(scheme)) == scheme);
}

TEST_CASE("gruppbostad takes up every client; with no rotation nobody is picked", "[rotation]")
{
    const QList<Client> clients = {client(1, QStringLiteral("10")), client(2, QStringLiteral("2")),
        client(3, QStringLiteral("1"))};
    RotationHistory history;
    history.previousPicks = {3, 2, 1};
    const QDate date(2027, 1, 5);
    CHECK(ClientRotation::pick(RotationScheme::AllClients, clients, history, date, 2)
        == QList<qint64> {3, 2, 1});
    CHECK(ClientRotation::pick(RotationScheme::AsNeeded, clients, history, date, 2).isEmpty());
}

TEST_CASE("an adjunct invited later than the lead time is flagged", "[schedule]")
{
    const QDate meeting(2027, 3, 15);
    CHECK_FALSE(ScheduleChecks::invitedTooLate(QDate(2027, 3, 8), meeting, 7, QDate(2027, 3, 10)));
    CHECK(ScheduleChecks::invitedTooLate(QDate(2027, 3, 9), meeting, 7, QDate(2027, 3, 10)));
    CHECK_FALSE(ScheduleChecks::invitedTooLate(QDate(), meeting, 7, QDate(2027, 3, 8)));
    CHECK(ScheduleChecks::invitedTooLate(QDate(), meeting, 7, QDate(2027, 3, 9)));
    CHECK(ScheduleChecks::invitedTooLate(QDate(2027, 3, 1), meeting, 21, QDate(2027, 3, 1)));
}

TEST_CASE("a person in two overlapping meetings is a conflict", "[schedule]")
{
    const QDateTime nine(QDate(2027, 3, 15), QTime(8, 0), Qt::UTC);
    const QList<Booking> bookings = {
        {1, 7, nine, 60}, {2, 7, nine.addSecs(30 * 60), 30}, // overlaps 1
        {3, 7, nine.addSecs(60 * 60), 30}, // starts when 1 ends
        {4, 8, nine, 60}, // someone else
    };
    const auto found = ScheduleChecks::conflicts(bookings);
    REQUIRE(found.size() == 1);
    CHECK(found.first().personId == 7);
    CHECK(found.first().meetingId == 1);
    CHECK(found.first().otherMeetingId == 2);
}
