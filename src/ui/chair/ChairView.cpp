#include "ui/chair/ChairView.h"

#include "domain/SeriesPlanner.h"
#include "services/Workspace.h"
#include "services/scheduling/CalendarExport.h"
#include "services/scheduling/Kallelse.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/StorageError.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"
#include "ui/chair/AgendaPanel.h"
#include "ui/chair/ClientsDialog.h"
#include "ui/chair/MeetingCalendar.h"
#include "ui/chair/MoveMeetingDialog.h"
#include "ui/chair/ParticipantsPanel.h"
#include "ui/chair/SeriesDialog.h"
#include "ui/chair/TeamDialog.h"
#include "ui/chair/UnitDialog.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tf {

namespace {
QPushButton *button(QWidget *parent, const QString &text, const char *name, const QString &tip,
    const QKeySequence &key = {})
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    b->setShortcut(key);
    b->setToolTip(key.isEmpty()
            ? tip
            : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return b;
}

} // namespace

ChairView::ChairView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_calendar(new MeetingCalendar(this))
    , m_meetingHeader(new QLabel(this))
    , m_move(button(this, tr("&Move…"), "moveMeetingButton", tr("Move this meeting only")))
    , m_cancel(button(this, tr("Cancel meeting"), "cancelMeetingButton",
          tr("Cancel this meeting only, or hold it again")))
    , m_preview(button(this, tr("&Print kallelse…"), "printKallelseButton",
          tr("Print preview of the invitation with the agenda"),
          QKeySequence(Qt::CTRL | Qt::Key_P)))
    , m_pdf(button(this, tr("Kallelse as P&DF…"), "saveKallelseButton",
          tr("Save the invitation with the agenda as PDF")))
    , m_export(button(this, tr("Export to &calendar…"), "exportCalendarButton",
          tr("Save the series as an iCalendar file for Outlook or Thunderbird")))
    , m_detail(new QTabWidget(this))
    , m_agenda(new AgendaPanel(workspace, this))
    , m_participants(new ParticipantsPanel(workspace, this))
{
    setObjectName(QStringLiteral("chairView"));
    m_unit->setObjectName(QStringLiteral("unitComboBox"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setMinimumWidth(240);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *newUnitButton
        = button(this, tr("New &unit…"), "newUnitButton", tr("Create a unit under a service type"));
    auto *teamButton
        = button(this, tr("&Team…"), "teamButton", tr("The fixed team of each forum of the unit"));
    auto *clientsButton = button(this, tr("C&lients…"), "clientsButton",
        tr("The unit's clients and how team meetings rotate through them"));
    auto *seriesButton = button(this, tr("&New meeting series…"), "newSeriesButton",
        tr("Schedule a recurring forum from its template"), QKeySequence(Qt::CTRL | Qt::Key_N));
    auto *top = new QHBoxLayout;
    top->addWidget(unitLabel);
    top->addWidget(m_unit);
    top->addWidget(newUnitButton);
    top->addWidget(teamButton);
    top->addWidget(clientsButton);
    top->addStretch();
    top->addWidget(seriesButton);

    m_meetingHeader->setObjectName(QStringLiteral("meetingHeaderLabel"));
    m_meetingHeader->setWordWrap(true);
    m_meetingHeader->setTextFormat(Qt::RichText);
    m_detail->setObjectName(QStringLiteral("meetingDetailTabWidget"));
    m_detail->setAccessibleName(tr("Meeting"));
    m_detail->addTab(m_agenda, tr("&Agenda"));
    m_detail->addTab(m_participants, tr("Partic&ipants"));
    auto *meetingButtons = new QHBoxLayout;
    for (auto *b : {m_move, m_cancel, m_preview, m_pdf, m_export})
        meetingButtons->addWidget(b);
    meetingButtons->addStretch();
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_meetingHeader);
    rightLayout->addLayout(meetingButtons);
    rightLayout->addWidget(m_detail, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("chairSplitter"));
    splitter->addWidget(m_calendar);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &ChairView::unitChanged);
    connect(newUnitButton, &QPushButton::clicked, this, &ChairView::newUnit);
    connect(teamButton, &QPushButton::clicked, this, &ChairView::editTeam);
    connect(clientsButton, &QPushButton::clicked, this, &ChairView::editClients);
    connect(seriesButton, &QPushButton::clicked, this, &ChairView::newSeries);
    connect(m_move, &QPushButton::clicked, this, &ChairView::moveMeeting);
    connect(m_cancel, &QPushButton::clicked, this, &ChairView::toggleCancelled);
    connect(m_preview, &QPushButton::clicked, this, &ChairView::previewKallelse);
    connect(m_pdf, &QPushButton::clicked, this, &ChairView::saveKallelse);
    connect(m_export, &QPushButton::clicked, this, &ChairView::exportCalendar);
    connect(m_calendar, &MeetingCalendar::meetingSelected, this, &ChairView::selectMeeting);
    connect(m_calendar, &MeetingCalendar::dateChanged, this, &ChairView::reloadMeetings);
    connect(m_agenda, &AgendaPanel::changed, this, &ChairView::reloadMeetings);
    connect(m_participants, &ParticipantsPanel::changed, this, &ChairView::reloadMeetings);
    reloadUnits();
}

bool ChairView::run(const QString &title, const std::function<void()> &change)
{
    try {
        change();
        return true;
    } catch (const StorageError &error) {
        MessageBox::error(this, title, error.userMessage());
        return false;
    }
}

void ChairView::setToday(const QDate &today)
{
    m_today = today;
    m_participants->setToday(today);
    unitChanged();
}

qint64 ChairView::currentUnitId() const
{
    return m_unit->currentData().toLongLong();
}

void ChairView::reloadUnits()
{
    const qint64 current = currentUnitId();
    QSignalBlocker block(m_unit);
    m_unit->clear();
    for (const Unit &unit : m_workspace.units().all())
        m_unit->addItem(
            QStringLiteral("%1 – %2").arg(unit.name, serviceTypeDisplayName(unit.serviceType)),
            unit.id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(current)));
    unitChanged();
}

void ChairView::unitChanged()
{
    // Keep the rolling window full: a series always reaches a year ahead.
    if (currentUnitId() > 0 && !m_workspace.database().isReadOnly())
        run(tr("Meetings were not generated"),
            [&] { SchedulingService(m_workspace).extendWindow(currentUnitId(), m_today); });
    m_meetingId = 0;
    reloadMeetings();
}

void ChairView::showDate(const QDate &date)
{
    m_calendar->showDate(date);
}

void ChairView::reloadMeetings()
{
    const qint64 unitId = currentUnitId();
    const QDateTime from = SeriesPlanner::toUtc(m_calendar->rangeStart(), QTime(0, 0));
    const QDateTime to = SeriesPlanner::toUtc(m_calendar->rangeEnd(), QTime(0, 0));
    const QList<Meeting> meetings
        = unitId > 0 ? m_workspace.meetings().byUnit(unitId, from, to) : QList<Meeting>();
    QHash<qint64, QString> forumNames;
    for (const ForumTemplate &t : m_workspace.templates().all())
        forumNames.insert(t.id, t.name);
    QHash<qint64, QString> titles, notes;
    SchedulingService service(m_workspace);
    for (const Conflict &conflict :
        unitId > 0 ? service.conflicts(unitId, from, to) : QList<Conflict>()) {
        const auto person = m_workspace.people().byId(conflict.personId);
        for (qint64 id : {conflict.meetingId, conflict.otherMeetingId})
            notes[id] = tr("Double-booked: %1").arg(person ? person->name : QString());
    }
    const QSet<qint64> late
        = unitId > 0 ? service.meetingsWithLateAdjuncts(unitId, from, to, m_today) : QSet<qint64>();
    for (const Meeting &meeting : meetings) {
        titles.insert(meeting.id, forumNames.value(meeting.templateId, tr("Meeting")));
        if (meeting.status == MeetingStatus::Planned && late.contains(meeting.id)) {
            const QString text = tr("Adjunct invited late");
            notes[meeting.id] = notes.value(meeting.id).isEmpty()
                ? text
                : notes.value(meeting.id) + QStringLiteral("; ") + text;
        }
    }
    m_calendar->setMeetings(meetings, titles, notes);
    if (m_meetingId > 0)
        m_calendar->selectMeeting(m_meetingId);
    showMeeting();
}

void ChairView::selectMeeting(qint64 meetingId)
{
    if (meetingId == m_meetingId)
        return;
    m_meetingId = meetingId;
    m_calendar->selectMeeting(meetingId);
    showMeeting();
}

void ChairView::showMeeting()
{
    const auto meeting = m_meetingId > 0 ? m_workspace.meetings().byId(m_meetingId) : std::nullopt;
    for (auto *b : {m_move, m_cancel, m_preview, m_pdf})
        b->setEnabled(meeting.has_value());
    m_export->setEnabled(meeting && meeting->seriesId > 0);
    if (m_agenda->meetingId() != m_meetingId) {
        m_agenda->setMeeting(m_meetingId);
        m_participants->setMeeting(m_meetingId);
    }
    if (!meeting) {
        m_meetingHeader->setText(currentUnitId() > 0
                ? tr("<p>Choose a meeting in the calendar, or schedule a new meeting series "
                     "(Ctrl+N).</p>")
                : tr("<p>Start by creating the unit (New unit…).</p>"));
        return;
    }
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QDateTime local = meeting->startUtc.toTimeZone(SeriesPlanner::stockholm());
    const auto forumTemplate = m_workspace.templates().byId(meeting->templateId);
    QString text
        = tr("<h3>%1, %2</h3><p>%3–%4 · %5</p>")
              .arg((forumTemplate ? forumTemplate->name : tr("Meeting")).toHtmlEscaped(),
                  swedish.toString(local.date(), QStringLiteral("dddd d MMMM yyyy")),
                  local.time().toString(QStringLiteral("HH:mm")),
                  local.addSecs(meeting->minutes * 60).time().toString(QStringLiteral("HH:mm")),
                  meeting->location.toHtmlEscaped());
    if (meeting->status == MeetingStatus::Cancelled)
        text += tr("<p><b>Cancelled.</b></p>");
    m_meetingHeader->setText(text);
    m_cancel->setText(meeting->status == MeetingStatus::Cancelled ? tr("Hold meeting again")
                                                                  : tr("Cancel meeting"));
    m_cancel->setAccessibleName(m_cancel->text());
}

void ChairView::newUnit()
{
    UnitDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        const Unit unit = dialog.unit();
        if (unit.name.isEmpty()) {
            MessageBox::error(this, tr("The unit has no name"), tr("Write the name of the unit."));
            continue;
        }
        qint64 id = 0;
        if (!run(tr("The unit was not created"),
                [&] { id = m_workspace.units().create(unit, m_workspace.actorId()); }))
            continue; // the dialog opens again with what was typed
        reloadUnits();
        m_unit->setCurrentIndex(m_unit->findData(id));
        return;
    }
}

void ChairView::editTeam()
{
    const auto unit = m_workspace.units().byId(currentUnitId());
    if (!unit) {
        MessageBox::information(this, tr("No unit"), tr("Create the unit first."));
        return;
    }
    TeamDialog dialog(m_workspace, *unit, this);
    dialog.selectForum(QStringLiteral("teammote"));
    dialog.exec();
    m_participants->setMeeting(m_meetingId);
}

void ChairView::editClients()
{
    const auto unit = m_workspace.units().byId(currentUnitId());
    if (!unit) {
        MessageBox::information(this, tr("No unit"), tr("Create the unit first."));
        return;
    }
    ClientsDialog dialog(m_workspace, *unit, this);
    dialog.exec();
    m_agenda->setMeeting(m_meetingId);
    reloadMeetings();
}

void ChairView::newSeries()
{
    const auto unit = m_workspace.units().byId(currentUnitId());
    if (!unit) {
        MessageBox::information(this, tr("No unit"), tr("Create the unit first."));
        return;
    }
    SeriesDialog dialog(m_workspace.templates().byServiceType(unit->serviceType), unit->id,
        std::max(m_today, m_calendar->shownDate()), this);
    dialog.selectForum(QStringLiteral("teammote"));
    dialog.setToday(m_today);
    while (dialog.exec() == QDialog::Accepted) {
        MeetingSeries created;
        SchedulingService service(m_workspace);
        if (!run(tr("The series was not created"), [&] {
                created = service.create(dialog.series(), m_today);
                service.createFollowing(created, dialog.followingForums(), m_today);
            }))
            continue; // the dialog opens again with what was chosen
        const auto meetings = m_workspace.series().meetings(created.id);
        m_calendar->showDate(created.startDate);
        reloadMeetings();
        if (!meetings.isEmpty())
            selectMeeting(meetings.first().meeting.id);
        m_calendar->focusMeetings();
        return;
    }
}

void ChairView::moveMeeting()
{
    const auto meeting = m_workspace.meetings().byId(m_meetingId);
    if (!meeting)
        return;
    MoveMeetingDialog dialog(meeting->startUtc, meeting->minutes, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (run(tr("The meeting was not moved"), [&] {
            SchedulingService(m_workspace)
                .moveMeeting(m_meetingId, dialog.startUtc(), dialog.minutes());
        })) {
        m_calendar->showDate(dialog.localDate());
        reloadMeetings();
    }
}

void ChairView::toggleCancelled()
{
    const auto meeting = m_workspace.meetings().byId(m_meetingId);
    if (!meeting)
        return;
    SchedulingService service(m_workspace);
    if (meeting->status == MeetingStatus::Cancelled) {
        run(tr("The meeting was not changed"), [&] { service.restoreMeeting(m_meetingId); });
    } else {
        if (!MessageBox::question(this, tr("Cancel meeting"),
                tr("Cancel this meeting? The other meetings of the series stay."),
                tr("Cancel meeting"), tr("Keep meeting")))
            return;
        run(tr("The meeting was not changed"), [&] { service.cancelMeeting(m_meetingId); });
    }
    reloadMeetings();
}

void ChairView::previewKallelse()
{
    Kallelse kallelse;
    if (!run(tr("No kallelse"), [&] { kallelse = Kallelse::load(m_workspace, m_meetingId); }))
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

void ChairView::saveKallelse()
{
    Kallelse kallelse;
    if (!run(tr("No kallelse"), [&] { kallelse = Kallelse::load(m_workspace, m_meetingId); }))
        return;
    const QString path = FileDialog::saveFile(
        this, tr("Save kallelse as PDF"), kallelse.suggestedFileName(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (run(tr("The kallelse was not saved"), [&] { kallelse.writePdf(path); }))
        MessageBox::information(
            this, tr("Kallelse saved"), tr("The kallelse was saved as %1.").arg(path));
}

void ChairView::exportCalendar()
{
    const auto meeting = m_workspace.meetings().byId(m_meetingId);
    if (!meeting || meeting->seriesId == 0)
        return;
    const bool invitation = MessageBox::question(this, tr("Export to calendar"),
        tr("Send the series as an invitation to the participants, or only add it to a calendar?"),
        tr("Invitation with participants"), tr("Only add to calendar"));
    const auto series = m_workspace.series().byId(meeting->seriesId);
    const QString path = FileDialog::saveFile(this, tr("Export to calendar"),
        QStringLiteral("%1.ics").arg(series ? series->title : tr("Meetings")),
        tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    run(tr("The calendar file was not saved"), [&] {
        const QByteArray calendar = CalendarExport(m_workspace)
                                        .series(meeting->seriesId,
                                            invitation ? ICalendarWriter::Method::Request
                                                       : ICalendarWriter::Method::Publish);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size())
            throw StorageError(StorageError::Kind::General,
                tr("The file %1 could not be written: %2").arg(path, file.errorString()));
    });
}

} // namespace tf
