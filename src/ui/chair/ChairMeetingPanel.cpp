#include "ui/chair/ChairMeetingPanel.h"
#include "ui/common/FlowLayout.h"

#include "domain/SeriesPlanner.h"
#include "services/Directory.h"
#include "services/ExportFile.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/chair/ChairMeetings.h"
#include "services/chair/MeetingLeaders.h"
#include "services/scheduling/CalendarExport.h"
#include "services/scheduling/Kallelse.h"
#include "services/scheduling/SchedulingService.h"
#include "ui/chair/AgendaPanel.h"
#include "ui/chair/CancelMeetingDialog.h"
#include "ui/chair/ChairWidgets.h"
#include "ui/chair/MoveMeetingDialog.h"
#include "ui/chair/ParticipantsPanel.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WhenRead.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tf {

ChairMeetingPanel::ChairMeetingPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_header(new QLabel(this))
    , m_move(chairButton(this, tr("&Move…"), "moveMeetingButton", tr("Move this meeting only")))
    , m_cancel(chairButton(this, tr("Cancel meeting"), "cancelMeetingButton",
          tr("Cancel this meeting only, or hold it again")))
    , m_preview(chairButton(this, tr("&Print kallelse…"), "printKallelseButton",
          tr("Print preview of the invitation with the agenda"),
          QKeySequence(Qt::CTRL | Qt::Key_P)))
    , m_pdf(chairButton(this, tr("Kallelse as P&DF…"), "saveKallelseButton",
          tr("Save the invitation with the agenda as PDF")))
    , m_export(chairButton(this, tr("Export to &calendar…"), "exportCalendarButton",
          tr("Save the series as an iCalendar file for Outlook or Thunderbird")))
    , m_leaderLabel(new QLabel(tr("Meeting leader:"), this))
    , m_leader(new QComboBox(this))
    , m_leaderNote(new QLabel(this))
    , m_detail(new QTabWidget(this))
    , m_agenda(new AgendaPanel(workspace, this))
    , m_participants(new ParticipantsPanel(workspace, this))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_preview->setIcon(themedIcon(QStringLiteral("document-print")));
    m_pdf->setIcon(themedIcon(QStringLiteral("document-save-as")));
    m_export->setIcon(themedIcon(QStringLiteral("x-office-calendar")));
    m_header->setObjectName(QStringLiteral("meetingHeaderLabel"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_detail->setObjectName(QStringLiteral("meetingDetailTabWidget"));
    m_detail->setAccessibleName(tr("Meeting"));
    m_detail->addTab(m_agenda, tr("&Agenda"));
    m_detail->addTab(m_participants, tr("Partic&ipants"));
    auto *buttons = new FlowLayout; // wraps in a narrow window instead of cutting
    for (auto *b : {m_move, m_cancel, m_preview, m_pdf, m_export})
        buttons->addWidget(b);
    m_leader->setObjectName(QStringLiteral("meetingLeaderComboBox"));
    m_leader->setAccessibleName(tr("Meeting leader"));
    m_leader->setToolTip(tr("Who leads this meeting. A samordningsmöte is led in turn by the "
                            "municipality and the health centre; the next meeting's leader is "
                            "proposed from this one's."));
    m_leader->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_leader->setMinimumContentsLength(24);
    m_leaderLabel->setBuddy(m_leader);
    m_leaderNote->setObjectName(QStringLiteral("meetingLeaderNoteLabel"));
    auto *leaderRow = new QHBoxLayout;
    leaderRow->addWidget(m_leaderLabel);
    leaderRow->addWidget(m_leader, 1);
    leaderRow->addWidget(m_leaderNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(leaderRow);
    layout->addLayout(buttons);
    layout->addWidget(m_detail, 1);

    connect(m_move, &QPushButton::clicked, this, &ChairMeetingPanel::moveMeeting);
    connect(m_cancel, &QPushButton::clicked, this, &ChairMeetingPanel::toggleCancelled);
    connect(m_preview, &QPushButton::clicked, this, &ChairMeetingPanel::previewKallelse);
    connect(m_pdf, &QPushButton::clicked, this, &ChairMeetingPanel::saveKallelse);
    connect(m_export, &QPushButton::clicked, this, &ChairMeetingPanel::exportCalendar);
    connect(m_leader, QOverload<int>::of(&QComboBox::activated), this,
        &ChairMeetingPanel::chooseLeader);
    connect(m_agenda, &AgendaPanel::changed, this, &ChairMeetingPanel::changed);
    connect(m_participants, &ParticipantsPanel::changed, this, &ChairMeetingPanel::changed);
}

void ChairMeetingPanel::setToday(const QDate &today)
{
    m_today = today;
    m_participants->setToday(today);
}

void ChairMeetingPanel::reloadParticipants()
{
    m_participants->reloadPeople();
}

void ChairMeetingPanel::reloadAgenda()
{
    m_agenda->setMeeting(m_meetingId);
}

// What the panel shows of a meeting, read in one go.
struct ChairMeetingPanel::Shown
{
    qint64 meetingId = 0;
    std::optional<Meeting> meeting;
    bool locked = false; // its minutes are approved
    QString forumName;
    MeetingLeaders::Leader leader;
    QList<MeetingLeaders::Candidate> candidates;
    // The agenda and the participants, when another meeting is chosen.
    std::optional<AgendaPanel::Shown> agenda;
    std::optional<ParticipantsPanel::Shown> participants;
};

ChairMeetingPanel::Shown ChairMeetingPanel::read(
    Workspace &workspace, qint64 meetingId, bool withPanels, const QDate &today, bool withStaff)
{
    ChairPanelParts parts;
    parts.agenda = withPanels;
    parts.participants = withPanels;
    parts.staffToday = withStaff;
    const ChairPanelRead read = readChairPanel(workspace, meetingId, today, parts);
    Shown shown;
    shown.meetingId = meetingId;
    shown.meeting = read.meeting;
    shown.locked = read.locked;
    shown.forumName = read.forumName;
    shown.leader = read.leader;
    shown.candidates = read.candidates;
    if (withPanels) {
        shown.agenda = AgendaPanel::shownOf(read);
        shown.participants = ParticipantsPanel::shownOf(read);
    }
    return shown;
}

void ChairMeetingPanel::showMeeting(qint64 meetingId, bool hasUnit)
{
    const int asked = ++m_asked;
    // The agenda and the participants are read when another meeting is chosen.
    const bool withPanels = m_agenda->meetingId() != meetingId;
    const bool withStaff = m_participants->lacksStaff();
    const QDate today = m_today;
    const QFuture<Shown> read = m_workspace.readsBeside().read<Shown>(
        [meetingId, withPanels, today, withStaff](Workspace &workspace) {
            return ChairMeetingPanel::read(workspace, meetingId, withPanels, today, withStaff);
        });
    whenRead(read, this, [this, asked, hasUnit](const QFuture<Shown> &done) {
        if (asked != m_asked)
            return;
        m_answered = asked;
        Shown shown;
        if (runGuarded(this, tr("The meeting could not be read"), [&] { shown = done.result(); }))
            showRead(shown, hasUnit);
    });
}

void ChairMeetingPanel::showRead(const Shown &shown, bool hasUnit)
{
    m_meetingId = shown.meetingId;
    m_hasUnit = hasUnit;
    const std::optional<Meeting> &meeting = shown.meeting;
    // Approved minutes are a record: the meeting is neither moved nor cancelled.
    const bool locked = shown.locked;
    for (auto *b : {m_move, m_cancel})
        b->setEnabled(meeting && !locked);
    // A cancelled meeting is not held: there is nothing to call anyone to.
    for (auto *b : {m_preview, m_pdf})
        b->setEnabled(meeting && meeting->status != MeetingStatus::Cancelled);
    m_export->setEnabled(meeting && meeting->seriesId > 0);
    if (shown.agenda)
        m_agenda->showRead(*shown.agenda);
    if (shown.participants)
        m_participants->showRead(*shown.participants);
    fillLeader(shown, meeting && !locked && meeting->status != MeetingStatus::Cancelled);
    if (!meeting) {
        m_header->setText(hasUnit
                ? tr("<p>Choose a meeting in the calendar, or schedule a new meeting series "
                     "(Ctrl+N).</p>")
                : tr("<p>Start by creating the unit (New unit…).</p>"));
        return;
    }
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QDateTime local = meeting->startUtc.toTimeZone(SeriesPlanner::stockholm());
    const QString &forumName = shown.forumName;
    QString text
        = tr("<h3>%1, %2</h3><p>%3–%4 · %5</p>")
              .arg((forumName.isEmpty() ? tr("Meeting") : forumName).toHtmlEscaped(),
                  swedish.toString(local.date(), QStringLiteral("dddd d MMMM yyyy")),
                  local.time().toString(QStringLiteral("HH:mm")),
                  local.addSecs(meeting->minutes * 60).time().toString(QStringLiteral("HH:mm")),
                  meeting->location.toHtmlEscaped());
    if (meeting->status == MeetingStatus::Cancelled)
        text += meeting->cancelReason.isEmpty()
            ? tr("<p><b>Cancelled.</b></p>")
            : tr("<p><b>Cancelled:</b> %1</p>").arg(meeting->cancelReason.toHtmlEscaped());
    if (locked)
        text += tr("<p><b>The minutes are approved and locked.</b> The meeting, its agenda and "
                   "its participants can no longer be changed; corrections are added as "
                   "addenda in meeting mode.</p>");
    m_header->setText(text);
    m_cancel->setText(meeting->status == MeetingStatus::Cancelled ? tr("Hold meeting again")
                                                                  : tr("Cancel meeting"));
    m_cancel->setAccessibleName(m_cancel->text());
}

void ChairMeetingPanel::fillLeader(const Shown &shown, bool editable)
{
    m_fillingLeader = true;
    m_leader->clear();
    m_leaderNote->clear();
    const bool visible = m_meetingId > 0;
    for (QWidget *w : std::initializer_list<QWidget *> {m_leaderLabel, m_leader, m_leaderNote})
        w->setVisible(visible);
    if (visible) {
        const MeetingLeaders::Leader &current = shown.leader;
        for (const MeetingLeaders::Candidate &candidate : shown.candidates) {
            m_leader->addItem(candidate.name,
                QVariantList {candidate.leader.personId, candidate.leader.externalId});
            if (candidate.leader == current.leader)
                m_leader->setCurrentIndex(m_leader->count() - 1);
        }
        if (current.leader.isSet() && m_leader->findText(current.name) < 0) {
            // A leader no longer among the participants is still shown.
            m_leader->addItem(
                current.name, QVariantList {current.leader.personId, current.leader.externalId});
            m_leader->setCurrentIndex(m_leader->count() - 1);
        }
        m_leaderNote->setText(current.proposed ? tr("proposed in turn") : tr("chosen"));
    }
    m_leader->setEnabled(editable);
    m_fillingLeader = false;
}

void ChairMeetingPanel::chooseLeader(int index)
{
    if (m_fillingLeader || index < 0 || !m_meetingId)
        return;
    const QVariantList ids = m_leader->itemData(index).toList();
    if (ids.size() != 2)
        return;
    const MeetingLeader leader {ids.at(0).toLongLong(), ids.at(1).toLongLong()};
    runGuarded(this, tr("The meeting leader was not saved"),
        [&] { MeetingLeaders(m_workspace).choose(m_meetingId, leader); });
    showMeeting(m_meetingId, m_hasUnit);
    Q_EMIT changed();
}

void ChairMeetingPanel::showOthersChanges()
{
    showMeeting(m_meetingId, m_hasUnit);
    m_agenda->showOthersChanges();
    m_participants->showOthersChanges();
}

bool ChairMeetingPanel::isEditing() const
{
    return m_agenda->isEditing();
}

void ChairMeetingPanel::moveMeeting()
{
    const auto meeting = ChairMeetings(m_workspace).meeting(m_meetingId);
    if (!meeting)
        return;
    MoveMeetingDialog dialog(meeting->startUtc, meeting->minutes, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (runGuarded(this, tr("The meeting was not moved"), [&] {
            SchedulingService(m_workspace)
                .moveMeeting(m_meetingId, dialog.startUtc(), dialog.minutes());
        }))
        Q_EMIT moved(dialog.localDate());
}

void ChairMeetingPanel::toggleCancelled()
{
    const auto meeting = ChairMeetings(m_workspace).meeting(m_meetingId);
    if (!meeting)
        return;
    SchedulingService service(m_workspace);
    const QString failed = tr("The meeting was not changed");
    if (meeting->status == MeetingStatus::Cancelled) {
        runGuarded(this, failed, [&] { service.restoreMeeting(m_meetingId); });
    } else {
        CancelMeetingDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        runGuarded(this, failed, [&] { service.cancelMeeting(m_meetingId, dialog.reason()); });
    }
    Q_EMIT changed();
}

void ChairMeetingPanel::previewKallelse()
{
    Kallelse kallelse;
    if (!runGuarded(
            this, tr("No kallelse"), [&] { kallelse = Kallelse::load(m_workspace, m_meetingId); }))
        return;
    QPrinter printer;
    printer.setDocName(kallelse.suggestedFileName());
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("kallelsePreviewDialog"));
    preview.setWindowTitle(tr("Kallelse – print preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&kallelse](QPrinter *target) {
        QTextDocument document;
        kallelse.fill(document);
        document.print(target);
    });
    preview.exec();
}

void ChairMeetingPanel::saveKallelse()
{
    Kallelse kallelse;
    if (!runGuarded(
            this, tr("No kallelse"), [&] { kallelse = Kallelse::load(m_workspace, m_meetingId); }))
        return;
    const QString path = FileDialog::saveFile(
        this, tr("Save kallelse as PDF"), kallelse.suggestedFileName(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (runGuarded(this, tr("The kallelse was not saved"), [&] { kallelse.writePdf(path); }))
        MessageBox::information(
            this, tr("Kallelse saved"), tr("The kallelse was saved as %1.").arg(path));
}

void ChairMeetingPanel::exportCalendar()
{
    const auto meeting = ChairMeetings(m_workspace).meeting(m_meetingId);
    if (!meeting || meeting->seriesId == 0)
        return;
    // Escape or Cancel ends the export here, before the file dialog.
    const MessageBox::Choice answer = MessageBox::choose(this, tr("Export to calendar"),
        tr("Send the series as an invitation to the participants, or only add it to a calendar?"),
        tr("Invitation with participants"), tr("Only add to calendar"), tr("Cancel"));
    if (answer == MessageBox::Choice::Cancel)
        return;
    const bool invitation = answer == MessageBox::Choice::Yes;
    const auto series = ChairMeetings(m_workspace).series(meeting->seriesId);
    const QString path = FileDialog::saveFile(this, tr("Export to calendar"),
        QStringLiteral("%1.ics").arg(series ? series->title : tr("Meetings")),
        tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    CalendarFile file;
    if (!runGuarded(this, tr("The calendar file was not saved"), [&] {
            file = CalendarExport(m_workspace)
                       .series(meeting->seriesId,
                           invitation ? ICalendarWriter::Method::Request
                                      : ICalendarWriter::Method::Publish);
            ExportFile::write(path, file.bytes);
        }))
        return;
    QString text = tr("The calendar file was saved as %1.").arg(path);
    if (!file.withoutEmail.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("Not invited, since they have no e-mail address: %1. Add their addresses under "
                 "Team and export again.")
                  .arg(file.withoutEmail.join(QStringLiteral(", ")));
    MessageBox::information(this, tr("Calendar file saved"), text);
}

} // namespace tf
