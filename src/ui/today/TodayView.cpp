#include "ui/today/TodayView.h"

#include "domain/risk/RiskInstrument.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "ui/care/RiskAssessmentDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/LiveRefresh.h"
#include "ui/common/PaletteColours.h"
#include "ui/common/WhenRead.h"
#include "ui/quality/ActionPlansDialog.h"
#include "ui/quality/SelfInspectionDialog.h"
#include "ui/shell/LogCheckDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace tf {

namespace {
enum Role { TargetRole = Qt::UserRole, IdRole, InstrumentRole };

QDateTime local(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")));
}
} // namespace

TodayView::TodayView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_dayLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_refresh(new QPushButton(tr("Read a&gain"), this))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_refresh->setIcon(themedIcon(QStringLiteral("view-refresh")));
    setObjectName(QStringLiteral("todayView"));
    m_dayLabel->setObjectName(QStringLiteral("todayDayLabel"));
    m_tree->setObjectName(QStringLiteral("todayTreeWidget"));
    m_tree->setAccessibleName(tr("Today: meetings, actions and what is due"));
    m_tree->setHeaderLabels({tr("What"), tr("When"), tr("Unit")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_open->setObjectName(QStringLiteral("todayOpenButton"));
    m_open->setAccessibleName(tr("Open"));
    m_open->setToolTip(tr("Open what the chosen row is about (Enter or double-click)"));
    m_refresh->setObjectName(QStringLiteral("todayRefreshButton"));
    m_refresh->setAccessibleName(tr("Read again"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Today</h2>"), this));
    layout->addWidget(m_dayLabel);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TodayView::updateOpenButton);
    connect(m_open, &QPushButton::clicked, this, &TodayView::openCurrent);
    connect(m_refresh, &QPushButton::clicked, this, &TodayView::refresh);
    new LiveRefresh(workspace, this,
        {QStringLiteral("meeting"), QStringLiteral("participant"), QStringLiteral("team_action"),
            QStringLiteral("agenda_item"), QStringLiteral("risk_assessment"),
            QStringLiteral("person_unit")},
        [this] { refresh(); });
    refresh();
    m_justRead = true;
}

void TodayView::refresh()
{
    // Read beside the window (at once on SQLite); of several reads asked
    // meanwhile only the last is shown.
    const int asked = ++m_asked;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFuture<TodayPage> read = m_workspace.readsBeside().read<TodayPage>(
        [now](Workspace &workspace) { return readTodayPage(workspace, now); });
    whenRead(read, this, [this, asked](const QFuture<TodayPage> &done) {
        if (asked != m_asked)
            return;
        m_answered = asked;
        TodayPage page;
        if (runGuarded(this, tr("Today"), [&] { page = done.result(); }))
            showPage(page);
    });
}

void TodayView::showEvent(QShowEvent *event)
{
    // Other views close actions and record assessments: show the state now
    // (the first time the page was just read).
    if (!event->spontaneous() && !std::exchange(m_justRead, false))
        refresh();
    QWidget::showEvent(event);
}

QList<TodayView::Row> TodayView::meetingRows(
    const QList<TodayMeeting> &meetings, bool withDay) const
{
    QList<Row> rows;
    for (const TodayMeeting &shown : meetings) {
        const QDateTime start = local(shown.meeting.startUtc);
        QString what = shown.forumName.isEmpty() ? tr("Meeting") : shown.forumName;
        if (shown.chairing)
            what += tr(" · you lead it");
        if (shown.secretary)
            what += tr(" · you are the secretary");
        if (shown.meeting.status == MeetingStatus::InProgress)
            what += tr(" · in progress");
        const QString time = QLocale().toString(start.time(), QStringLiteral("HH:mm"));
        const QString when = withDay
            ? QStringLiteral("%1 %2").arg(
                QLocale().toString(start.date(), QStringLiteral("ddd d MMM")), time)
            : time;
        rows << Row {what, when, shown.unitName, Target::Meeting, shown.meeting.id, {}, false};
    }
    return rows;
}

QList<TodayView::Row> TodayView::actionRows(const QList<ActionListRow> &list, bool overdue) const
{
    QList<Row> rows;
    for (const ActionListRow &row : list)
        rows << Row {row.action.what,
            QLocale().toString(row.action.dueDate, QStringLiteral("ddd d MMM")), QString(),
            Target::Action, row.action.id, {}, overdue};
    return rows;
}

void TodayView::showPage(const TodayPage &page)
{
    m_page = page;
    m_dayLabel->setText(QLocale().toString(page.day, QLocale::LongFormat));
    m_tree->clear();
    addSection(
        tr("My meetings today"), tr("No meetings today."), meetingRows(page.meetingsToday, false));
    addSection(tr("My meetings later this week"), tr("No more meetings this week."),
        meetingRows(page.meetingsThisWeek, true));
    addSection(tr("My actions that are overdue"), tr("No overdue actions."),
        actionRows(page.actions.overdue, true));
    addSection(tr("My actions due today"), tr("No actions due today."),
        actionRows(page.actions.dueToday, false));
    addSection(tr("My actions due later this week"), tr("No more actions due this week."),
        actionRows(page.actions.dueThisWeek, false));
    if (page.clinician) {
        QList<Row> rows;
        for (const TodayAssessment &assessment : page.assessments) {
            for (const RiskNeed &need : assessment.needs) {
                const RiskInstrument *instrument = findRiskInstrument(need.instrument);
                const QString state = need.state == RiskDueState::Missing
                    ? tr("missing")
                    : tr("out of date since %1").arg(need.dueOn.toString(Qt::ISODate));
                rows << Row {tr("%1: %2, %3")
                                 .arg(assessment.client.name,
                                     instrument ? instrument->name : need.instrument, state),
                    QString(), page.nextMeeting ? page.nextMeeting->unitName : QString(),
                    Target::Assessment, assessment.client.id, need.instrument, true};
            }
        }
        QString title = tr("Assessments before my next meeting");
        if (page.nextMeeting) {
            const QDateTime start = local(page.nextMeeting->meeting.startUtc);
            title = tr("Assessments before my next meeting (%1, %2)")
                        .arg(page.nextMeeting->forumName,
                            QLocale().toString(start, QStringLiteral("ddd d MMM HH:mm")));
        }
        addSection(title,
            page.nextMeeting ? tr("Every assessment is up to date for the next meeting.")
                             : tr("None of your clients is on a meeting's agenda in the coming "
                                  "four weeks."),
            rows);
    }
    if (page.contactPerson) {
        QList<Row> rows;
        for (const TodayFeedback &feedback : page.feedback)
            rows << Row {tr("Tell %1: %2").arg(feedback.client.name, feedback.action.what),
                QString(), QString(), Target::Feedback, feedback.client.id, {}, false};
        addSection(
            tr("Decisions to report back to clients"), tr("No decisions to report back."), rows);
    }
    if (page.managesUnits) {
        QList<Row> rows;
        for (const TodayCheck &check : page.checks.selfInspections) {
            const bool overdue = check.status.state == InspectionState::Overdue;
            const InspectionPeriod &period
                = overdue && check.status.missed ? *check.status.missed : check.status.current;
            rows << Row {overdue
                    ? tr("Self-inspection overdue: %1 (%2)")
                          .arg(check.inspection.name,
                              inspectionPeriodName(check.inspection.timesPerYear, period))
                    : tr("Self-inspection due: %1 (%2)")
                          .arg(check.inspection.name,
                              inspectionPeriodName(check.inspection.timesPerYear, period)),
                tr("by %1").arg(QLocale().toString(period.last, QStringLiteral("d MMM yyyy"))),
                check.unit.name, Target::SelfInspection, check.unit.id, {}, overdue};
        }
        for (const Unit &unit : page.checks.logChecksOverdue)
            rows << Row {tr("Access log check of last month not done"), QString(), unit.name,
                Target::LogCheck, unit.id, {}, true};
        addSection(tr("Checks of my units"), tr("No checks due."), rows);
    }
    if (page.managesUnits || !page.planSteps.isEmpty()) {
        QList<Row> rows;
        for (const TodayPlanStep &shown : page.planSteps) {
            const ActionPlans::DueStep &due = shown.due;
            rows << Row {due.step.who.isEmpty()
                    ? tr("%1: %2").arg(due.plan.area, due.step.what)
                    : tr("%1: %2 (%3)").arg(due.plan.area, due.step.what, due.step.who),
                due.overdue()
                    ? tr("overdue since %1")
                          .arg(QLocale().toString(due.step.dueOn, QStringLiteral("d MMM yyyy")))
                    : tr("by %1").arg(
                        QLocale().toString(due.step.dueOn, QStringLiteral("d MMM yyyy"))),
                shown.unitName, Target::ActionPlan, due.plan.id, {}, due.overdue()};
        }
        addSection(tr("Handlingsplaner: actions due"),
            tr("No action of a handlingsplan is due in the coming two weeks."), rows);
    }
    // One more part of the page goes here, as one more addSection().
    if (QTreeWidgetItem *first = m_tree->topLevelItemCount() ? m_tree->topLevelItem(0) : nullptr)
        m_tree->setCurrentItem(first->childCount() ? first->child(0) : first);
    for (int column : {1, 2}) {
        m_tree->resizeColumnToContents(column);
        m_tree->setColumnWidth(column, m_tree->columnWidth(column) + 16); // room to breathe
    }
    updateOpenButton();
}

void TodayView::addSection(const QString &title, const QString &emptyText, const QList<Row> &rows)
{
    auto *section = new QTreeWidgetItem(m_tree, {title});
    QFont bold = section->font(0);
    bold.setBold(true);
    section->setFont(0, bold);
    section->setFlags(Qt::ItemIsEnabled);
    section->setFirstColumnSpanned(true);
    if (rows.isEmpty()) {
        auto *empty = new QTreeWidgetItem(section, {emptyText});
        QFont italic = empty->font(0);
        italic.setItalic(true);
        empty->setFont(0, italic);
        empty->setFirstColumnSpanned(true);
    }
    for (const Row &row : rows) {
        auto *item = new QTreeWidgetItem(section, {row.what, row.when, row.where});
        item->setData(0, TargetRole, static_cast<int>(row.target));
        item->setData(0, IdRole, row.id);
        item->setData(0, InstrumentRole, row.instrument);
        item->setToolTip(0, row.what);
        if (row.warning)
            item->setForeground(0, attentionText(m_tree->palette()));
    }
    section->setExpanded(true);
}

void TodayView::updateOpenButton()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    m_open->setEnabled(
        item && static_cast<Target>(item->data(0, TargetRole).toInt()) != Target::None);
}

bool TodayView::openCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return false;
    const qint64 id = item->data(0, IdRole).toLongLong();
    switch (static_cast<Target>(item->data(0, TargetRole).toInt())) {
    case Target::None:
        return false;
    case Target::Meeting:
        Q_EMIT openMeeting(id);
        return true;
    case Target::Action:
        Q_EMIT openAction(m_workspace.actorId(), id);
        return true;
    case Target::Assessment:
        openAssessment(id, item->data(0, InstrumentRole).toString());
        return true;
    case Target::Feedback:
        Q_EMIT openMyClients();
        return true;
    case Target::SelfInspection: {
        SelfInspectionDialog dialog(m_workspace, this);
        dialog.exec();
        refresh();
        return true;
    }
    case Target::LogCheck: {
        LogCheckDialog dialog(m_workspace, this);
        dialog.exec();
        refresh();
        return true;
    }
    case Target::ActionPlan: {
        ActionPlansDialog dialog(m_workspace, this);
        dialog.exec();
        refresh();
        return true;
    }
    }
    return false;
}

void TodayView::openAssessment(qint64 clientId, const QString &instrumentKey)
{
    const RiskInstrument *instrument = findRiskInstrument(instrumentKey);
    for (const TodayAssessment &assessment : m_page.assessments) {
        if (assessment.client.id != clientId || !instrument)
            continue;
        RiskAssessmentDialog dialog(m_workspace, assessment.client, *instrument, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
        return;
    }
}

} // namespace tf
