#include "support/EveryWindow.h"
#include "support/WidgetChecks.h"

#include "domain/care/Consent.h"
#include "domain/risk/RiskInstrument.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "support/TeamFixture.h"
#include "ui/care/AddAgendaItemDialog.h"
#include "ui/care/CarePlanDialog.h"
#include "ui/care/ClientRoutineDialog.h"
#include "ui/care/ConsentDialog.h"
#include "ui/care/ConsentWatchDialog.h"
#include "ui/care/FeedbackDialog.h"
#include "ui/care/HospitalStayDialog.h"
#include "ui/care/InstrumentSettingsDialog.h"
#include "ui/care/JournalMarkDialog.h"
#include "ui/care/NoteCorrectionDialog.h"
#include "ui/care/ObjectionDialog.h"
#include "ui/care/RiskAssessmentDialog.h"
#include "ui/care/RiskCarePlanDialog.h"
#include "ui/care/SbarDialog.h"
#include "ui/care/SbarListDialog.h"
#include "ui/care/SipNeedDialog.h"
#include "ui/chair/ChairView.h"
#include "ui/chair/ClientsDialog.h"
#include "ui/chair/CoordinatedUnitsDialog.h"
#include "ui/chair/ExternalParticipantsDialog.h"
#include "ui/chair/GuestDialog.h"
#include "ui/chair/InsatsEndDialog.h"
#include "ui/chair/LeaverDialog.h"
#include "ui/chair/MoveMeetingDialog.h"
#include "ui/chair/RiskIndividualsDialog.h"
#include "ui/chair/SeriesDialog.h"
#include "ui/chair/TeamDialog.h"
#include "ui/chair/UnitDialog.h"
#include "ui/common/PersonSignInDialog.h"
#include "ui/minutes/ActionDialog.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/quality/ActionPlansDialog.h"
#include "ui/quality/ComplaintsDialog.h"
#include "ui/quality/ComplianceDialog.h"
#include "ui/quality/DeviationsDialog.h"
#include "ui/quality/SelfInspectionDialog.h"
#include "ui/quality/YearWheelDialog.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/ImportWizard.h"
#include "ui/shell/KeyboardHelpDialog.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/LogCheckDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RetentionDialog.h"
#include "ui/shell/SettingsDialog.h"

#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <catch2/catch.hpp>

namespace tf::test {

EveryWindowData prepareEveryWindow(Workspace &workspace)
{
    EveryWindowData data;
    data.fixture = makeMinutesFixture(workspace);
    const MinutesFixture &f = data.fixture;
    workspace.setActorId(f.nurseId);
    data.decision.meetingId = f.meetingId;
    data.decision.clientId = f.clientId;
    data.decision.what = QStringLiteral("Prova rollator inomhus");
    data.decision.responsibleId = f.nurseId;
    data.decision.feedbackToClient = true;
    data.actionId = workspace.actions().create(data.decision, f.nurseId);
    data.samordningsmoteId = makeForumMeeting(
        workspace, f.unitId, "samordningsmote", QDate::currentDate().addDays(9), f.nurseId);
    return data;
}

void forEachView(Workspace &workspace, const EveryWindowData &data,
    const std::function<void(MainWindow &window, const QString &viewName, QWidget *view)> &visit,
    QSize size)
{
    const MinutesFixture &f = data.fixture;
    QSettings().remove(QStringLiteral("mainWindow/page"));
    MainWindow window(workspace);
    QSignalSpy startPageShown(&window, &MainWindow::startPageShown);
    window.start(QStringLiteral("Sara Sjöström"));
    window.resize(size);
    window.show();
    // Under Xvfb without a window manager no window becomes active by itself.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE((!startPageShown.isEmpty() || startPageShown.wait(5000)));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    REQUIRE(navigation);
    for (int page = 0; page < navigation->count(); ++page) {
        QWidget *view = window.page(page);
        if (auto *chair = qobject_cast<ChairView *>(view))
            chair->selectMeeting(f.meetingId);
        if (auto *meetingMode = qobject_cast<MeetingModeView *>(view))
            tf::test::openShown(*meetingMode, f.meetingId, false);
        window.showPage(page);
        REQUIRE(window.findChild<QStackedWidget *>()->currentWidget() == view);
        visit(window, navigation->item(page)->text(), view);
    }
}

NamedDialogs everyDialog(Workspace &workspace, const EveryWindowData &data)
{
    const MinutesFixture &f = data.fixture;
    const Action &decision = data.decision;
    const qint64 actionId = data.actionId;
    const Client client = *workspace.directory().client(f.clientId);
    const Unit unit = *workspace.directory().unit(f.unitId);
    const QList<Person> people = workspace.directory().people();
    const Meeting meeting = *workspace.meetings().byId(f.meetingId);
    const qint64 itemId = f.itemIds.at(1);
    NamedDialogs dialogs;
    const auto add = [&](const char *name, QWidget *dialog) {
        dialogs.emplace_back(QString::fromLatin1(name), std::unique_ptr<QWidget>(dialog));
    };
    add("AddAgendaItemDialog", new AddAgendaItemDialog(workspace, client));
    add("ClientRoutineDialog", new ClientRoutineDialog(workspace, client, f.meetingId));
    add("ConsentDialog",
        new ConsentDialog(workspace, f.clientId, ConsentScope::OtherCareProviders));
    add("FeedbackDialog", new FeedbackDialog(workspace, actionId, decision.what));
    add("ConsentWatchDialog", new ConsentWatchDialog(workspace));
    add("InstrumentSettingsDialog", new InstrumentSettingsDialog(workspace));
    for (const RiskInstrument *instrument : riskInstruments())
        add("RiskAssessmentDialog", new RiskAssessmentDialog(workspace, client, *instrument));
    RiskAssessment withRisk;
    withRisk.clientId = client.id;
    withRisk.instrument = QStringLiteral("downton");
    withRisk.assessedUtc = meeting.startUtc.addDays(-2);
    withRisk.result.risk = true;
    withRisk.result.score = 4;
    withRisk.result.level = QStringLiteral("risk");
    add("RiskCarePlanDialog", new RiskCarePlanDialog(workspace, client, withRisk));
    add("SbarDialog", new SbarDialog(workspace, client, itemId));
    add("SbarListDialog", new SbarListDialog(workspace, client, itemId, f.meetingId));
    add("SipNeedDialog", new SipNeedDialog(workspace, client, {meeting}));
    add("ObjectionDialog",
        new ObjectionDialog(workspace, ObjectionDialog::Target::Assessment, 1,
            QStringLiteral("Downton, 2026-05-02")));
    MinuteEntry note;
    note.id = 1;
    note.text = QStringLiteral("Greta vill inte duscha.");
    add("NoteCorrectionDialog", new NoteCorrectionDialog(workspace, note));
    add("ClientsDialog", new ClientsDialog(workspace, unit));
    add("RiskIndividualsDialog", new RiskIndividualsDialog(workspace, data.samordningsmoteId));
    add("CoordinatedUnitsDialog", new CoordinatedUnitsDialog(workspace, f.unitId));
    add("HospitalStayDialog",
        new HospitalStayDialog(workspace, client, AccessPurpose::BeforeMeeting));
    add("MoveMeetingDialog", new MoveMeetingDialog(meeting.startUtc, meeting.minutes));
    add("SeriesDialog",
        new SeriesDialog(
            workspace.directory().templatesFor(unit.serviceType), f.unitId, QDate::currentDate()));
    add("TeamDialog", new TeamDialog(workspace, unit));
    auto *leaver = new LeaverDialog(workspace);
    leaver->selectPerson(f.nurseId); // holds an open action: rows with successors
    add("LeaverDialog", leaver);
    add("InsatsEndDialog", new InsatsEndDialog(workspace, client));
    add("CarePlanDialog", new CarePlanDialog(workspace, client.id, client.name));
    add("JournalMarkDialog", new JournalMarkDialog(workspace, actionId, decision.what));
    add("GuestDialog", new GuestDialog(workspace, meeting.id, meeting.startUtc.date()));
    add("ExternalParticipantsDialog",
        new ExternalParticipantsDialog(workspace, data.samordningsmoteId));
    add("UnitDialog", new UnitDialog);
    add("ActionDialog", new ActionDialog(people, decision.what, QDate::currentDate()));
    add("FirstRunDialog", new FirstRunDialog);
    add("ImportWizard", new ImportWizard(workspace));
    add("RetentionDialog", new RetentionDialog(workspace));
    add("DeviationsDialog", new DeviationsDialog(workspace));
    add("ComplaintsDialog", new ComplaintsDialog(workspace));
    {
        // The loggkontroll is the enhetschef's.
        Person chief;
        chief.name = QStringLiteral("Karin Chef");
        chief.role = QStringLiteral("Enhetschef");
        workspace.setActorId(workspace.people().create(chief, f.nurseId));
        add("LogCheckDialog", new LogCheckDialog(workspace));
        add("ComplianceDialog", new ComplianceDialog(workspace));
        workspace.setActorId(f.nurseId);
    }
    add("SettingsDialog", new SettingsDialog);
    add("SelfInspectionDialog", new SelfInspectionDialog(workspace));
    add("ActionPlansDialog", new ActionPlansDialog(workspace));
    add("YearWheelDialog", new YearWheelDialog(workspace));
    add("KeyboardHelpDialog",
        new KeyboardHelpDialog({{QStringLiteral("Hela programmet"),
                                    {{QStringLiteral("F1"), QStringLiteral("Kortkommandon")},
                                        {QStringLiteral("Ctrl+L"), QStringLiteral("Lås nu")}}},
            {QStringLiteral("Åtgärder"),
                {{QStringLiteral("Ctrl+D"), QStringLiteral("Markera som klar")}}}}));
    PersonSignInDialog::Options approval;
    approval.title = QStringLiteral("Justera");
    approval.acceptText = QStringLiteral("Justera och lås");
    approval.people = people;
    approval.askCode = true;
    approval.hasCode = [](qint64) { return false; }; // the code chosen now, typed twice
    add("PersonSignInDialog (approval)", new PersonSignInDialog(approval));
    add("LockScreen",
        new LockScreen(
            QStringLiteral("Låst."), people.first(), people, QStringLiteral("Obs."), nullptr));
    return dialogs;
}

} // namespace tf::test
