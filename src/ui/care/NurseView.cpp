#include "ui/care/NurseView.h"

#include "models/RiskHistoryModel.h"
#include "services/Directory.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/care/BeforeMeetingPage.h"
#include "services/care/CareReads.h"
#include "services/care/Objections.h"
#include "services/care/RiskCarePlans.h"
#include "ui/care/CareTable.h"
#include "ui/care/CareText.h"
#include "ui/care/ClientRoutineDialog.h"
#include "ui/care/ComingAssessmentsTree.h"
#include "ui/care/HospitalStayDialog.h"
#include "ui/care/InstrumentSettingsDialog.h"
#include "ui/care/NurseAfterMeetingPanel.h"
#include "ui/care/ObjectionDialog.h"
#include "ui/care/RiskAssessmentDialog.h"
#include "ui/care/RiskCarePlanDialog.h"
#include "ui/care/SbarListDialog.h"
#include "ui/care/SipNeedDialog.h"
#include "ui/common/AdaptiveSplitter.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/LiveRefresh.h"
#include "ui/common/WhenRead.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace tf {

NurseView::NurseView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_meetings(new ComingAssessmentsTree(this))
    , m_start(new QPushButton(tr("Start assessment"), this))
    , m_sbar(new QPushButton(tr("SBAR…"), this))
    , m_sipNeed(new QPushButton(tr("Need for S&IP…"), this))
    , m_routine(new QPushButton(tr("Moving i&n and intervals…"), this))
    , m_hospital(new QPushButton(tr("In hospital…"), this))
    , m_settings(new QPushButton(tr("Assessment instruments per &verksamhet…"), this))
    , m_historyTitle(new QLabel(this))
    , m_historyModel(new RiskHistoryModel(this))
    , m_history(createCareTableView(
          this, "assessmentHistoryTableWidget", tr("Earlier assessments"), m_historyModel))
    , m_objection(new QPushButton(tr("Objection to the assessment (inv&ändning)…"), this))
    , m_carePlan(new QPushButton(tr("Care &plan…"), this))
    , m_afterMeeting(new NurseAfterMeetingPanel(workspace, this))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_start->setIcon(themedIcon(QStringLiteral("media-playback-start")));
    setObjectName(QStringLiteral("nurseView"));
    m_start->setObjectName(QStringLiteral("startAssessmentButton"));
    m_start->setAccessibleName(m_start->text());
    m_start->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_start->setToolTip(tr("Open the assessment form for the chosen instrument (Ctrl+B or Enter)"));
    m_sbar->setObjectName(QStringLiteral("sbarButton"));
    m_sbar->setAccessibleName(tr("SBAR reports"));
    m_sbar->setToolTip(tr("The chosen client's SBAR reports: write a new one for this agenda "
                          "item, complete one after the call or print it again"));
    m_sipNeed->setObjectName(QStringLiteral("sipNeedButton"));
    m_sipNeed->setAccessibleName(tr("Need for a SIP"));
    m_sipNeed->setToolTip(tr("Note that the chosen client, discussed at a samordningsmöte, needs "
                             "a SIP and who calls it (Alt+I)"));
    m_routine->setObjectName(QStringLiteral("clientRoutineButton"));
    m_routine->setAccessibleName(tr("Moving in and intervals"));
    m_routine->setToolTip(tr("The chosen client's moving-in date and the shorter intervals the "
                             "team decided (Alt+N)"));
    m_hospital->setObjectName(QStringLiteral("hospitalStayButton"));
    m_hospital->setAccessibleName(tr("In hospital"));
    m_hospital->setToolTip(tr("Record that the chosen client was in hospital: from when, the day "
                              "home and the hospital or ward"));
    m_settings->setObjectName(QStringLiteral("instrumentSettingsButton"));
    m_settings->setAccessibleName(tr("Assessment instruments per verksamhet"));
    m_settings->setToolTip(tr("Which instruments each verksamhet uses, and how often (Alt+V)"));
    m_historyTitle->setObjectName(QStringLiteral("historyTitleLabel"));
    m_objection->setObjectName(QStringLiteral("assessmentObjectionButton"));
    m_objection->setAccessibleName(tr("Objection to the assessment"));
    m_objection->setToolTip(tr("Record that the client holds the chosen assessment to be wrong; "
                               "the assessment itself stays as it is (Alt+Ä)"));
    m_objection->setEnabled(false);
    m_carePlan->setObjectName(QStringLiteral("riskCarePlanButton"));
    m_carePlan->setAccessibleName(tr("Care plan after the assessment"));
    m_carePlan->setToolTip(tr("The measures after the chosen assessment with risk: what is done, "
                              "who does it and when it is followed up (Alt+P)"));
    m_carePlan->setEnabled(false);

    // The nurse's own work keeps room for some rows on a small screen; the
    // lists after the meeting below it scroll into view instead.
    const int someRows = fontMetrics().height() * 9;
    m_meetings->setMinimumHeight(someRows);
    m_history->setMinimumHeight(someRows);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_meetings, 1);
    auto *buttonRow = new FlowLayout; // wraps in a narrow window instead of scrolling
    buttonRow->addWidget(m_start);
    buttonRow->addWidget(m_sbar);
    buttonRow->addWidget(m_sipNeed);
    buttonRow->addWidget(m_routine);
    buttonRow->addWidget(m_hospital);
    buttonRow->addWidget(m_settings);
    leftLayout->addLayout(buttonRow);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_historyTitle);
    rightLayout->addWidget(m_history, 1);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_carePlan);
    historyButtons->addWidget(m_objection);
    rightLayout->addLayout(historyButtons);
    auto *top = new AdaptiveSplitter(this);
    top->setObjectName(QStringLiteral("nurseSplitter"));
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    m_top = top;
    connect(top, &QSplitter::splitterMoved, this, [this] { m_splitterMovedByUser = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Before the meeting</h2>"), this));
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_afterMeeting);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    connect(m_meetings, &QTreeWidget::currentItemChanged, this, [this] { selectionChanged(); });
    connect(
        m_meetings, &ComingAssessmentsTree::instrumentActivated, this, &NurseView::startAssessment);
    connect(m_start, &QPushButton::clicked, this, &NurseView::startAssessment);
    connect(m_sbar, &QPushButton::clicked, this, &NurseView::writeSbar);
    connect(m_sipNeed, &QPushButton::clicked, this, [this] {
        if (m_meetings->currentItem()
            && SipNeedDialog::markNeed(m_workspace, m_meetings->currentClientId(), this))
            refresh();
    });
    connect(m_routine, &QPushButton::clicked, this, &NurseView::editRoutine);
    connect(m_hospital, &QPushButton::clicked, this, [this] {
        const auto client = m_meetings->currentItem()
            ? Directory(m_workspace).client(m_meetings->currentClientId())
            : std::nullopt;
        if (!client)
            return;
        HospitalStayDialog dialog(m_workspace, *client, AccessPurpose::BeforeMeeting, this);
        dialog.exec();
    });
    connect(m_objection, &QPushButton::clicked, this, &NurseView::recordObjection);
    connect(m_carePlan, &QPushButton::clicked, this, &NurseView::openCarePlan);
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const RiskAssessment *assessment = m_historyModel->assessmentAt(current.row());
            m_objection->setEnabled(assessment != nullptr);
            m_carePlan->setEnabled(assessment && assessment->complete && assessment->result.risk);
        });
    connect(m_settings, &QPushButton::clicked, this, [this] {
        InstrumentSettingsDialog dialog(m_workspace, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    connect(m_afterMeeting, &NurseAfterMeetingPanel::sipMarked, this, &NurseView::refresh);
    new LiveRefresh(workspace, this,
        {QStringLiteral("meeting"), QStringLiteral("agenda_item"), QStringLiteral("client"),
            QStringLiteral("risk_assessment"), QStringLiteral("risk_interval"),
            QStringLiteral("client_admission"), QStringLiteral("risk_instrument_setting"),
            QStringLiteral("team_action"), QStringLiteral("sip_need"),
            QStringLiteral("journal_entry_done"), QStringLiteral("minutes_closing"),
            QStringLiteral("person"), QStringLiteral("objection"),
            QStringLiteral("risk_care_measure")},
        [this] { showOthersChanges(); });
    refresh();
}

void NurseView::showOthersChanges()
{
    readPage(true);
}

void NurseView::refresh()
{
    readPage(false);
}

void NurseView::readPage(bool keepPlace)
{
    // Read beside the window (at once on SQLite); of several reads asked
    // meanwhile only the last is shown.
    const int asked = ++m_asked;
    const QFuture<Page> read = m_workspace.readsBeside().read<Page>([](Workspace &workspace) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        BeforeMeetingPage found = readBeforeMeetingPage(
            workspace, workspace.actorId(), now, ComingAssessmentsTree::untilUtc(now));
        return Page {ComingAssessmentsTree::rowsOf(std::move(found.coming)),
            NurseAfterMeetingPanel::rowsOf(std::move(found.afterMeeting))};
    });
    whenRead(read, this, [this, asked, keepPlace](const QFuture<Page> &done) {
        if (asked != m_asked)
            return;
        m_answered = asked;
        Page page;
        if (!runGuarded(this, tr("Before the meeting"), [&] { page = done.result(); }))
            return;
        {
            // Another client's change: the chosen rows and the scroll places stay.
            std::optional<KeepPlace> keepTree;
            if (keepPlace)
                keepTree.emplace(m_meetings, -1); // the tree keeps its chosen row itself
            const QSignalBlocker quiet(m_meetings); // the history is read once, below
            m_meetings->showRows(page.meetings);
        }
        m_afterMeeting->showRows(page.afterMeeting);
        selectionChanged(keepPlace);
    });
}

void NurseView::selectionChanged(bool keepPlace)
{
    const qint64 clientId = m_meetings->currentClientId();
    m_start->setEnabled(!m_meetings->currentInstrument().isEmpty());
    m_sbar->setEnabled(clientId != 0);
    m_sipNeed->setEnabled(m_sbar->isEnabled());
    m_routine->setEnabled(m_sbar->isEnabled());
    m_hospital->setEnabled(m_sbar->isEnabled());
    showHistory(clientId, keepPlace);
}

NurseView::History NurseView::readHistory(Workspace &workspace, qint64 clientId, qint64 meetingId)
{
    History read;
    Directory directory(workspace);
    read.client = clientId != 0 ? directory.client(clientId) : std::nullopt;
    if (!read.client)
        return read;
    // Read for the meeting the chosen client is on.
    read.history = readRiskHistory(workspace, clientId, meetingId);
    QList<qint64> named;
    for (const RiskAssessment &assessment : std::as_const(read.history))
        named << assessment.assessedById;
    for (const Objection &objection : Objections(workspace).ofClient(clientId)) {
        if (!objection.assessmentId)
            continue;
        read.objections << objection;
        named << objection.recordedById;
    }
    read.names = directory.names(named);
    for (const AssessmentCarePlan &plan : RiskCarePlans(workspace).plansOf(clientId, read.history))
        read.carePlans.insert(plan.assessment.id, riskPlanSummary(plan.state, plan.measures));
    return read;
}

void NurseView::showHistory(qint64 clientId, bool keepPlace)
{
    const int asked = ++m_historyAsked;
    const qint64 meetingId = m_meetings->currentMeetingId();
    const QFuture<History> read
        = m_workspace.readsBeside().read<History>([clientId, meetingId](Workspace &workspace) {
              return readHistory(workspace, clientId, meetingId);
          });
    whenRead(read, this, [this, asked, keepPlace](const QFuture<History> &done) {
        if (asked != m_historyAsked)
            return;
        m_historyAnswered = asked;
        History history;
        if (runGuarded(this, tr("Before the meeting"), [&] { history = done.result(); }))
            showHistoryRows(history, keepPlace);
    });
}

void NurseView::showHistoryRows(const History &read, bool keepPlace)
{
    std::optional<KeepPlace> keepHistory;
    if (keepPlace)
        keepHistory.emplace(m_history);
    m_historyTitle->setText(read.client ? tr("Assessments of %1").arg(read.client->name)
                                        : tr("Choose a client to see earlier assessments."));
    QHash<qint64, QString> assessors;
    for (const RiskAssessment &assessment : read.history)
        assessors.insert(assessment.assessedById, read.names.value(assessment.assessedById));
    QHash<qint64, QStringList> objections;
    for (const Objection &objection : read.objections)
        objections[objection.assessmentId]
            << tr("%1 (%2, %3)")
                   .arg(objection.text, read.names.value(objection.recordedById),
                       QLocale().toString(
                           objection.recordedUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd")));
    m_historyModel->setHistory(read.history, assessors, objections, read.carePlans);
    fitHistoryColumns();
    const RiskAssessment *chosen = m_historyModel->assessmentAt(m_history->currentIndex().row());
    m_objection->setEnabled(chosen);
    m_carePlan->setEnabled(chosen && chosen->complete && chosen->result.risk);
}

void NurseView::openCarePlan()
{
    const RiskAssessment *assessment
        = m_historyModel->assessmentAt(m_history->currentIndex().row());
    const auto client = Directory(m_workspace).client(m_meetings->currentClientId());
    if (!assessment || !client)
        return;
    RiskCarePlanDialog dialog(m_workspace, *client, *assessment, this);
    dialog.exec();
    if (dialog.changed())
        showHistory(client->id);
}

void NurseView::recordObjection()
{
    const RiskAssessment *assessment
        = m_historyModel->assessmentAt(m_history->currentIndex().row());
    if (!assessment)
        return;
    const int row = m_history->currentIndex().row();
    const auto cell
        = [&](int column) { return m_historyModel->index(row, column).data().toString(); };
    const QString about
        = tr("%1, %2: %3 (assessed by %4)")
              .arg(cell(RiskHistoryModel::InstrumentColumn), cell(RiskHistoryModel::DateColumn),
                  cell(RiskHistoryModel::ResultColumn), cell(RiskHistoryModel::AssessorColumn));
    ObjectionDialog dialog(
        m_workspace, ObjectionDialog::Target::Assessment, assessment->id, about, this);
    if (dialog.exec() == QDialog::Accepted)
        showHistory(m_meetings->currentClientId());
}

void NurseView::startAssessment()
{
    if (!m_meetings->currentItem())
        return;
    const RiskInstrument *instrument = findRiskInstrument(m_meetings->currentInstrument());
    const auto client = Directory(m_workspace).client(m_meetings->currentClientId());
    if (!instrument || !client)
        return;
    RiskAssessmentDialog dialog(m_workspace, *client, *instrument, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void NurseView::writeSbar()
{
    const auto client = m_meetings->currentItem()
        ? Directory(m_workspace).client(m_meetings->currentClientId())
        : std::nullopt;
    if (!client)
        return;
    SbarListDialog dialog(m_workspace, *client, m_meetings->currentAgendaItemId(),
        m_meetings->currentMeetingId(), this);
    dialog.exec();
}

void NurseView::editRoutine()
{
    const auto client = m_meetings->currentItem()
        ? Directory(m_workspace).client(m_meetings->currentClientId())
        : std::nullopt;
    if (!client)
        return;
    // The meeting row above the client: where the team decides the interval.
    ClientRoutineDialog dialog(m_workspace, *client, m_meetings->currentMeetingId(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void NurseView::fitHistoryColumns()
{
    if (m_splitterMovedByUser || m_top->orientation() != Qt::Horizontal || !m_top->isVisible())
        return;
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int historyWants
        = m_history->horizontalHeader()->length() + 2 * m_history->frameWidth() + scrollBar;
    const int meetingsWant
        = m_meetings->header()->length() + 2 * m_meetings->frameWidth() + scrollBar;
    const int total = m_top->width() - m_top->handleWidth();
    // Never less than its share of the splitter, never so much that the
    // meetings' columns scroll.
    const int history = std::max(total * 2 / 5, std::min(historyWants, total - meetingsWant));
    m_top->setSizes({total - history, history});
}

void NurseView::showEvent(QShowEvent *event)
{
    // Other pages change meetings and actions: show the current state.
    if (!event->spontaneous())
        refresh();
    QWidget::showEvent(event);
    // The splitter has its width once the shown page is laid out.
    QTimer::singleShot(0, this, &NurseView::fitHistoryColumns);
}

} // namespace tf
