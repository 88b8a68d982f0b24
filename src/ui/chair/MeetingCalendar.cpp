#include "ui/chair/MeetingCalendar.h"

#include "domain/SeriesPlanner.h"
#include "domain/SwedishHolidays.h"
#include "models/MeetingListModel.h"
#include "ui/common/LiveRefresh.h"
#include "ui/common/PaletteColours.h"
#include "ui/common/WrappingDelegate.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace tf {

namespace {
QDateTime localOf(const Meeting &meeting)
{
    return meeting.startUtc.toTimeZone(SeriesPlanner::stockholm());
}

QTableWidgetItem *cell(const QString &text, qint64 meetingId)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, meetingId);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// Notes ask for the chair's attention: red text, wrapped like the rest.
class NoteDelegate : public WrappingDelegate
{
public:
    using WrappingDelegate::WrappingDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        WrappingDelegate::initStyleOption(option, index);
        option->palette.setColor(QPalette::Text, attentionText(option->palette));
    }
};
} // namespace

MeetingCalendar::MeetingCalendar(QWidget *parent)
    : QTabWidget(parent)
    , m_week(new QTableWidget(this))
    , m_weekLabel(new QLabel(this))
    , m_month(new QCalendarWidget(this))
    , m_listModel(new MeetingListModel(this))
    , m_list(new QTableView(this))
    , m_listEmpty(new QLabel(this))
    , m_goTo(new QDateEdit(this))
{
    setObjectName(QStringLiteral("meetingCalendarTabWidget"));
    setAccessibleName(tr("Calendar"));
    m_week->setObjectName(QStringLiteral("weekTableWidget"));
    m_week->setAccessibleName(tr("Week"));
    m_week->setColumnCount(7);
    m_week->verticalHeader()->hide();
    m_week->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_week->setWordWrap(true);
    m_week->setItemDelegate(new WrappingDelegate(m_week)); // never "Samord…"
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    m_weekLabel->setWordWrap(true); // two lines in a narrow window, not cut
    m_weekLabel->setAlignment(Qt::AlignCenter);
    auto *previous = new QPushButton(tr("◀ Previous week"), this);
    previous->setObjectName(QStringLiteral("previousWeekButton"));
    previous->setAccessibleName(tr("Previous week"));
    previous->setToolTip(tr("Previous week (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *next = new QPushButton(tr("Next week ▶"), this);
    next->setObjectName(QStringLiteral("nextWeekButton"));
    next->setAccessibleName(tr("Next week"));
    next->setToolTip(tr("Next week (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto *weekPage = new QWidget(this);
    auto *weekBar = new QHBoxLayout;
    weekBar->addWidget(previous);
    weekBar->addWidget(m_weekLabel, 1); // the whole width: one line where it fits
    weekBar->addWidget(next);
    auto *weekLayout = new QVBoxLayout(weekPage);
    weekLayout->addLayout(weekBar);
    weekLayout->addWidget(m_week);
    connect(previous, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(7)); });

    m_month->setObjectName(QStringLiteral("monthCalendarWidget"));
    m_month->setAccessibleName(tr("Month"));
    m_month->setFirstDayOfWeek(Qt::Monday);
    m_month->setGridVisible(true);
    m_month->setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    m_month->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);

    m_list->setObjectName(QStringLiteral("meetingTableWidget"));
    m_list->setAccessibleName(tr("Meetings"));
    m_list->setModel(m_listModel);
    // Short columns fit their content; the forum, place and note share the
    // rest and wrap, so no column hides behind a horizontal scroll bar.
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    m_list->setItemDelegateForColumn(MeetingListModel::NoteColumn, new NoteDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int column = 0; column < MeetingListModel::ColumnCount; ++column) {
        const bool wraps = column == MeetingListModel::ForumColumn
            || column == MeetingListModel::PlaceColumn || column == MeetingListModel::NoteColumn;
        m_list->horizontalHeader()->setSectionResizeMode(
            column, wraps ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    // A narrow column shows the start of its header (the tooltip the rest).
    m_list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_week->setSelectionBehavior(QAbstractItemView::SelectItems);
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *> {m_week, m_list}) {
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    connect(m_week, &QTableWidget::currentItemChanged, this, [this](QTableWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toLongLong() > 0)
            Q_EMIT meetingSelected(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const qint64 meetingId = m_listModel->meetingIdAt(current.row());
            if (!m_selecting && meetingId > 0)
                Q_EMIT meetingSelected(meetingId);
        });
    m_listEmpty->setObjectName(QStringLiteral("meetingListEmptyLabel"));
    m_listEmpty->setText(tr("No coming meetings. Schedule a meeting series (Ctrl+N) or a "
                            "single meeting."));
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setAlignment(Qt::AlignCenter);
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(m_list);
    listLayout->addWidget(m_listEmpty);
    addTab(weekPage, tr("&Week"));
    addTab(m_month, tr("M&onth"));
    addTab(listPage, tr("&List"));

    auto *today = new QPushButton(tr("&Today"), this);
    today->setObjectName(QStringLiteral("todayButton"));
    today->setAccessibleName(tr("Today"));
    today->setToolTip(tr("Show today and the next meeting"));
    m_goTo->setObjectName(QStringLiteral("goToDateEdit"));
    m_goTo->setAccessibleName(tr("Go to date"));
    m_goTo->setToolTip(tr("Go to date (Ctrl+G)"));
    m_goTo->setCalendarPopup(true);
    m_goTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_goTo->setDate(m_date);
    m_goTo->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    m_goTo->calendarWidget()->setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    auto *goToLabel = new QLabel(tr("Go to date:"), this);
    goToLabel->setBuddy(m_goTo);
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 2);
    cornerLayout->addWidget(today);
    cornerLayout->addWidget(goToLabel);
    cornerLayout->addWidget(m_goTo);
    setCornerWidget(corner, Qt::TopRightCorner);
    // The three tabs stay whole beside the corner: no scroll arrows, no "Må…".
    tabBar()->setUsesScrollButtons(false);
    tabBar()->setElideMode(Qt::ElideNone);
    connect(today, &QPushButton::clicked, this, &MeetingCalendar::showNextMeeting);
    // A typed date counts when it is complete (Enter or leaving the field),
    // a date picked in the pop-up at once.
    connect(m_goTo, &QDateEdit::editingFinished, this, [this] { showDate(m_goTo->date()); });
    connect(m_goTo->calendarWidget(), &QCalendarWidget::clicked, this, &MeetingCalendar::showDate);
    auto *goToKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    goToKey->setContext(Qt::WidgetWithChildrenShortcut);
    goToKey->setWhatsThis(tr("Go to date"));
    connect(goToKey, &QShortcut::activated, this, [this] {
        m_goTo->setFocus(Qt::ShortcutFocusReason);
        m_goTo->selectAll();
    });

    // A click on a day shows it and chooses its meeting.
    connect(m_month, &QCalendarWidget::clicked, this, [this](const QDate &date) {
        showDate(date);
        if (const qint64 meetingId = meetingOn(date); meetingId > 0)
            Q_EMIT meetingSelected(meetingId);
    });
    connect(m_month, &QCalendarWidget::activated, this, [this](const QDate &date) {
        showDate(date);
        setCurrentIndex(0); // Enter on a day opens its week
    });
    connect(m_month, &QCalendarWidget::currentPageChanged, this, [this](int year, int month) {
        if (m_date.year() != year || m_date.month() != month)
            showDate(QDate(year, month, 1));
    });
}

QDate MeetingCalendar::rangeStart() const
{
    const QDate monday = m_date.addDays(1 - m_date.dayOfWeek());
    const QDate monthStart(m_date.year(), m_date.month(), 1);
    return std::min(monday, monthStart.addDays(-7));
}

QDate MeetingCalendar::rangeEnd() const
{
    return QDate(m_date.year(), m_date.month(), 1).addMonths(12);
}

void MeetingCalendar::showDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    {
        QSignalBlocker block(m_goTo);
        m_goTo->setDate(date);
    }
    Q_EMIT dateChanged(date);
}

void MeetingCalendar::setToday(const QDate &today)
{
    m_today = today;
}

void MeetingCalendar::showNextMeeting()
{
    showDate(m_today);
    for (const Meeting &meeting : std::as_const(m_meetings)) {
        const QDate date = localOf(meeting).date();
        if (date >= m_today && meeting.status != MeetingStatus::Cancelled) {
            const qint64 meetingId = meeting.id; // showDate() reads the meetings anew
            showDate(date);
            Q_EMIT meetingSelected(meetingId);
            return;
        }
    }
}

qint64 MeetingCalendar::meetingOn(const QDate &day) const
{
    qint64 cancelled = 0;
    for (const Meeting &meeting : m_meetings) {
        if (localOf(meeting).date() != day)
            continue;
        if (meeting.status != MeetingStatus::Cancelled)
            return meeting.id;
        if (cancelled == 0)
            cancelled = meeting.id;
    }
    return cancelled;
}

void MeetingCalendar::setMeetings(const QList<Meeting> &meetings,
    const QHash<qint64, QString> &titles, const QHash<qint64, QString> &notes)
{
    m_meetings = meetings;
    m_titles = titles;
    m_notes = notes;
    // Read again after a change here or by another client: the user's place stays.
    // The chosen meeting is chosen again by the caller (selectMeeting).
    const KeepPlace keepWeek(m_week, -1);
    const KeepPlace keepList(m_list, -1);
    fillWeek();
    fillMonth();
    fillList();
}

void MeetingCalendar::selectMeeting(qint64 meetingId)
{
    for (int row = 0; row < m_week->rowCount(); ++row) {
        for (int column = 0; column < m_week->columnCount(); ++column) {
            QTableWidgetItem *item = m_week->item(row, column);
            if (item && item->data(Qt::UserRole).toLongLong() == meetingId) {
                QSignalBlocker block(m_week);
                m_week->setCurrentItem(item);
                column = m_week->columnCount();
                row = m_week->rowCount();
            }
        }
    }
    if (const int row = m_listModel->rowOf(meetingId); row >= 0) {
        // Not through the selection model's signals: the view repaints by them.
        const QScopedValueRollback<bool> selecting(m_selecting, true);
        m_list->selectionModel()->setCurrentIndex(m_listModel->index(row, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void MeetingCalendar::focusMeetings()
{
    QWidget *list = m_list->isHidden() ? static_cast<QWidget *>(m_goTo) : m_list;
    QWidget *views[] = {m_week, m_month, list};
    views[std::clamp(currentIndex(), 0, 2)]->setFocus();
}

void MeetingCalendar::fillWeek()
{
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QDate monday = m_date.addDays(1 - m_date.dayOfWeek());
    m_weekLabel->setText(
        tr("Week %1, %2 – %3")
            .arg(monday.weekNumber())
            .arg(swedish.toString(monday, QStringLiteral("d MMMM")),
                swedish.toString(monday.addDays(6), QStringLiteral("d MMMM yyyy"))));
    QList<QList<const Meeting *>> days(7);
    for (const Meeting &meeting : m_meetings) {
        const qint64 offset = monday.daysTo(localOf(meeting).date());
        if (offset >= 0 && offset < 7)
            days[int(offset)] << &meeting;
    }
    int rows = 1;
    for (const auto &day : days)
        rows = std::max<int>(rows, day.size());
    m_week->clear();
    m_week->setRowCount(rows);
    QStringList headers;
    for (int d = 0; d < 7; ++d) {
        const QDate date = monday.addDays(d);
        // Day and date on two lines: seven columns fit a laptop's half screen.
        QString header = swedish.toString(date, QStringLiteral("ddd\nd/M"));
        const QString holiday = swedishHolidayName(date);
        if (!holiday.isEmpty())
            header += QLatin1Char('\n') + holiday;
        headers << header;
        for (int i = 0; i < days[d].size(); ++i) {
            const Meeting &m = *days[d][i];
            QString text = QStringLiteral("%1 %2").arg(
                localOf(m).time().toString(QStringLiteral("HH:mm")), m_titles.value(m.id));
            if (!m_notes.value(m.id).isEmpty())
                text += QStringLiteral("\n⚠ ") + m_notes.value(m.id);
            QTableWidgetItem *item = cell(text, m.id);
            if (m.status == MeetingStatus::Cancelled) {
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
            }
            item->setToolTip(text);
            m_week->setItem(i, d, item);
        }
    }
    m_week->setHorizontalHeaderLabels(headers);
    m_week->resizeRowsToContents();
}

void MeetingCalendar::fillMonth()
{
    QSignalBlocker block(m_month);
    m_month->setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setBackground(markedBackground(m_month->palette()));
    QTextCharFormat holiday;
    holiday.setForeground(attentionText(m_month->palette()));
    const QDate first(m_date.year(), m_date.month(), 1);
    for (const Holiday &h : swedishHolidays(first.year()))
        m_month->setDateTextFormat(h.date, holiday);
    QHash<QDate, QStringList> tips;
    for (const Meeting &meeting : m_meetings) {
        if (meeting.status == MeetingStatus::Cancelled)
            continue;
        const QDateTime local = localOf(meeting);
        tips[local.date()] << QStringLiteral("%1 %2").arg(
            local.time().toString(QStringLiteral("HH:mm")), m_titles.value(meeting.id));
    }
    for (auto it = tips.cbegin(); it != tips.cend(); ++it) {
        QTextCharFormat format = bold;
        format.setToolTip(it.value().join(QLatin1Char('\n')));
        m_month->setDateTextFormat(it.key(), format);
    }
    m_month->setSelectedDate(m_date);
}

void MeetingCalendar::fillList()
{
    // The coming meetings, from the shown week on; the week and month before
    // are read for the grid.
    const QDate first = std::max(m_today, m_date.addDays(1 - m_date.dayOfWeek()));
    QList<Meeting> listed;
    for (const Meeting &meeting : std::as_const(m_meetings)) {
        if (localOf(meeting).date() >= first)
            listed << meeting;
    }
    m_listModel->setMeetings(listed, m_titles, m_notes);
    m_list->setVisible(!listed.isEmpty());
    m_listEmpty->setVisible(listed.isEmpty());
}

} // namespace tf
