#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/scheduling/AgendaBuilder.h"
#include "services/scheduling/Kallelse.h"
#include "storage/MeetingRepository.h"
#include "storage/SeriesRepository.h"
#include "support/TestBackends.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace tf;

TEST_CASE("the kallelse PDF holds the meeting and its whole agenda", "[chair]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    tf::test::ChairFixture fixture(workspace);
    const auto series = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
    const qint64 meetingId = workspace.series().meetings(series.id).first().meeting.id;

    Participant absent = tf::test::storedParticipant(workspace, meetingId, fixture.nurseId);
    absent.role = QStringLiteral("Sjuksköterska");
    absent.attendance = Attendance::Absent;
    absent.substituteId = fixture.nightId;
    workspace.meetings().setParticipant(absent, fixture.chairId);
    Participant dietist;
    dietist.meetingId = meetingId;
    dietist.personId = fixture.dietistId;
    dietist.role = QStringLiteral("Dietist");
    dietist.adjunct = true;
    dietist.invitedOn = QDate(2026, 12, 20);
    workspace.meetings().setParticipant(dietist, fixture.chairId);
    AgendaItem raised;
    raised.meetingId = meetingId;
    raised.title = QStringLiteral("Nytt larmsystem på natten");
    raised.raisedById = fixture.nightId;
    workspace.meetings().addAgendaItem(raised, fixture.nightId);
    AgendaBuilder(workspace).build(meetingId);

    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("kallelse.pdf"));
    const Kallelse kallelse = Kallelse::load(workspace, meetingId);
    kallelse.writePdf(pdf);
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    INFO(text.toStdString());
    for (const QString &expected : {QStringLiteral("Kallelse – Teammöte"),
             QStringLiteral("Solgården avd 2"), QStringLiteral("tisdag 5 januari 2027"),
             QStringLiteral("13:00–13:30"), QStringLiteral("På respektive avdelning"),
             QStringLiteral("Eva Enhetschef"), QStringLiteral("Sara Sjuksköterska"),
             QStringLiteral("förhinder, ersättare Nils Nattpersonal"),
             QStringLiteral("Dina Dietist"), QStringLiteral("inbjuden 2026-12-20")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    const auto items = workspace.meetings().agendaItems(meetingId);
    REQUIRE(items.size() == 5);
    for (const auto &item : items) {
        INFO(item.title.toStdString());
        CHECK(text.contains(item.title));
    }
    CHECK(kallelse.suggestedFileName() == QStringLiteral("Kallelse Teammöte 2027-01-05.pdf"));

    QTemporaryDir readOnly;
    CHECK_THROWS(kallelse.writePdf(readOnly.filePath(QStringLiteral("saknas/kallelse.pdf"))));
}
