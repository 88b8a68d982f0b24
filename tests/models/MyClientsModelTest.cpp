#include <catch2/catch.hpp>

#include "models/MyClientsModel.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

using namespace tf;

namespace {

MyClientStatus status(qint64 id, const QString &name)
{
    MyClientStatus status;
    status.client.id = id;
    status.client.name = name;
    return status;
}

QString shown(const MyClientsModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("the contact person's list says where each client stands", "[models]")
{
    const QDate today(2026, 5, 4);
    MyClientsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    MyClientStatus greta = status(7, QStringLiteral("Greta Gran"));
    Meeting meeting;
    meeting.id = 3;
    meeting.startUtc = QDateTime(QDate(2026, 5, 6), QTime(7, 0), QTimeZone::utc());
    greta.nextMeeting = meeting;
    greta.nextMeetingForum = QStringLiteral("Teammöte");
    greta.nextAgendaItemId = 11;
    Consent consent;
    consent.decision = ConsentDecision::Given;
    consent.validUntil = QDate(2027, 1, 31);
    greta.sharingConsent = consent;

    MyClientStatus bo = status(8, QStringLiteral("Bo Berg"));
    Consent refused;
    refused.decision = ConsentDecision::Refused;
    refused.validUntil = QDate(2027, 1, 31);
    bo.sharingConsent = refused;

    MyClientStatus ada = status(9, QStringLiteral("Ada Ek"));
    ada.nextMeeting = meeting;
    ada.checklistDone = true;
    Consent expired = consent;
    expired.validUntil = QDate(2026, 5, 3);
    ada.sharingConsent = expired;
    // Greta's planeringssamtal is late; Bo has no start of the insats.
    greta.carePlan.state = CarePlanState::Overdue;
    greta.carePlan.next = CarePlanEventKind::PlanningTalk;
    greta.carePlan.nextDueOn = QDate(2026, 4, 30);

    model.setClients({greta, bo, ada, status(10, QStringLiteral("Eva Al"))}, today);

    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.columnCount() == 5);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Kund"));
    // The meeting in Swedish time, with its forum.
    CHECK(shown(model, 0, 1) == QStringLiteral("2026-05-06 09:00 Teammöte"));
    CHECK(shown(model, 0, 2) == QStringLiteral("Att göra"));
    CHECK(shown(model, 0, 3) == QStringLiteral("Gäller t.o.m. 2027-01-31"));
    CHECK(shown(model, 1, 1) == QStringLiteral("Inte på någon kommande dagordning"));
    CHECK(shown(model, 1, 2) == QStringLiteral("–"));
    CHECK(shown(model, 1, 3) == QStringLiteral("Inget samtycke"));
    CHECK(shown(model, 2, 2) == QStringLiteral("Klar"));
    CHECK(shown(model, 2, 3) == QStringLiteral("Gick ut 2026-05-03"));
    CHECK(shown(model, 3, 3) == QStringLiteral("Saknas"));
    CHECK(model.headerData(4, Qt::Horizontal).toString() == QStringLiteral("Genomförandeplan"));
    CHECK(shown(model, 0, 4) == QStringLiteral("Försenad: planeringssamtal senast 2026-04-30"));
    CHECK(shown(model, 1, 4) == QStringLiteral("Insatsens startdatum saknas"));
    CHECK(model.index(0, 4).data(MyClientsModel::SortRole).toDate() == QDate(2026, 4, 30));

    CHECK(model.index(2, 0).data(MyClientsModel::ClientIdRole).toLongLong() == 9);
    CHECK(model.rowOf(8) == 1);
    CHECK(model.rowOf(99) == -1);
    CHECK(model.clientAt(3)->client.name == QStringLiteral("Eva Al"));
    CHECK(model.clientAt(4) == nullptr);
    // Sorting by meeting puts those on no agenda first, by consent the
    // longest valid last.
    CHECK(model.index(0, 1).data(MyClientsModel::SortRole).toDateTime() == meeting.startUtc);
    CHECK(!model.index(1, 1).data(MyClientsModel::SortRole).toDateTime().isValid());
    CHECK(model.index(0, 3).data(MyClientsModel::SortRole).toDate() == QDate(2027, 1, 31));

    model.setClients({}, today);
    CHECK(model.rowCount() == 0);
}
