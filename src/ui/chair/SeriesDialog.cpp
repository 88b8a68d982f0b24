#include "ui/chair/SeriesDialog.h"

#include "domain/Recurrence.h"
#include "domain/SeriesPlanner.h"
#include "services/scheduling/SchedulingService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tf {

namespace {
template <typename W> W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}
} // namespace

SeriesDialog::SeriesDialog(
    const QList<ForumTemplate> &templates, qint64 unitId, const QDate &firstDate, QWidget *parent)
    : QDialog(parent)
    , m_unitId(unitId)
    , m_forum(named(new QComboBox(this), "forumComboBox", tr("Forum")))
    , m_startDate(named(new QDateEdit(firstDate, this), "startDateEdit", tr("First meeting")))
    , m_time(named(new QTimeEdit(QTime(13, 0), this), "startTimeEdit", tr("Time")))
    , m_secondTime(named(new QTimeEdit(QTime(14, 0), this), "secondTimeEdit", tr("Afternoon time")))
    , m_interval(named(new QComboBox(this), "intervalComboBox", tr("Interval")))
    , m_minutes(named(new QSpinBox(this), "minutesSpinBox", tr("Length in minutes")))
    , m_locationKind(named(new QComboBox(this), "locationKindComboBox", tr("Kind of place")))
    , m_location(named(new QLineEdit(this), "locationLineEdit", tr("Place")))
    , m_skipHolidays(named(new QCheckBox(tr("Skip Swedish &public holidays"), this),
          "skipHolidaysCheckBox", tr("Skip Swedish public holidays")))
    , m_hasEnd(named(new QCheckBox(tr("&Ends on"), this), "untilCheckBox", tr("Ends on a date")))
    , m_endDate(named(new QDateEdit(firstDate.addYears(1), this), "untilDateEdit", tr("Last day")))
    , m_chain(named(new QCheckBox(this), "chainCheckBox",
          tr("Hold the following forums at the same occasion")))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("seriesDialog"));
    setWindowTitle(tr("New meeting series"));
    for (const ForumTemplate &t : templates) {
        if (t.onDemand && t.forum != QLatin1String("pulsmote"))
            continue;
        m_templates << t;
        m_forum->addItem(t.name, t.forum);
    }
    for (auto *edit : {m_startDate, m_endDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_secondTime->setDisplayFormat(QStringLiteral("HH:mm"));
    for (const IntervalChoice &choice : intervalChoices())
        m_interval->addItem(choice.label, choice.rrule);
    m_minutes->setRange(1, 8 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_locationKind->addItem(tr("Meeting room"), locationKindKey(LocationKind::Room));
    m_locationKind->addItem(tr("On the ward"), locationKindKey(LocationKind::Ward));
    m_locationKind->addItem(tr("Digital via SEFOS"), locationKindKey(LocationKind::Digital));
    m_locationKind->addItem(tr("Not set"), locationKindKey(LocationKind::Unspecified));
    m_skipHolidays->setChecked(true);
    m_endDate->setEnabled(false);
    m_preview->setObjectName(QStringLiteral("seriesPreviewLabel"));
    m_preview->setWordWrap(true);

    auto *form = new QFormLayout;
    auto add = [&](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    add(tr("&Forum:"), m_forum);
    add(tr("&First meeting:"), m_startDate);
    add(tr("&Time:"), m_time);
    add(tr("&Afternoon time:"), m_secondTime);
    add(tr("&Interval:"), m_interval);
    add(tr("&Length:"), m_minutes);
    add(tr("&Kind of place:"), m_locationKind);
    add(tr("P&lace:"), m_location);
    form->addRow(QString(), m_skipHolidays);
    form->addRow(m_hasEnd, m_endDate);
    form->addRow(QString(), m_chain);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("seriesButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create series"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createSeriesButton"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create series"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelSeriesButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    connect(m_forum, &QComboBox::currentIndexChanged, this, &SeriesDialog::applyTemplate);
    connect(m_hasEnd, &QCheckBox::toggled, m_endDate, &QWidget::setEnabled);
    for (auto *edit : {m_startDate, m_endDate})
        connect(edit, &QDateEdit::dateChanged, this, &SeriesDialog::updatePreview);
    connect(m_time, &QTimeEdit::timeChanged, this, &SeriesDialog::updatePreview);
    connect(m_interval, &QComboBox::currentIndexChanged, this, &SeriesDialog::updatePreview);
    for (auto *box : {m_skipHolidays, m_hasEnd, m_chain})
        connect(box, &QCheckBox::toggled, this, &SeriesDialog::updatePreview);
    connect(m_minutes, &QSpinBox::valueChanged, this, &SeriesDialog::updatePreview);
    applyTemplate();
}

const ForumTemplate &SeriesDialog::forumTemplate() const
{
    static const ForumTemplate none;
    const int index = m_forum->currentIndex();
    return index >= 0 && index < m_templates.size() ? m_templates.at(index) : none;
}

void SeriesDialog::selectForum(const QString &forumKey)
{
    const int index = m_forum->findData(forumKey);
    if (index >= 0)
        m_forum->setCurrentIndex(index);
}

void SeriesDialog::setToday(const QDate &today)
{
    m_today = today;
    updatePreview();
}

void SeriesDialog::applyTemplate()
{
    const ForumTemplate &t = forumTemplate();
    int interval = m_interval->findData(t.rrule);
    if (interval < 0) {
        m_interval->addItem(intervalLabel(t.rrule), t.rrule);
        interval = m_interval->count() - 1;
    }
    m_interval->setCurrentIndex(interval);
    m_minutes->setValue(std::max(t.minMinutes, 1));
    m_locationKind->setCurrentIndex(
        std::max(0, m_locationKind->findData(locationKindKey(t.locationKind))));
    m_location->setText(t.location);
    m_secondTime->setEnabled(t.timesPerDay >= 2);
    if (t.timesPerDay >= 2 && m_time->time() >= QTime(12, 0))
        m_time->setTime(QTime(8, 30));
    QStringList following;
    for (const ForumTemplate &other : m_templates) {
        if (t.heldTogetherWith.contains(other.forum) && other.forum != t.forum)
            following << other.name;
    }
    m_chain->setVisible(!following.isEmpty());
    m_chain->setChecked(!following.isEmpty());
    m_chain->setText(tr("&Hold at the same occasion, right after: %1")
                         .arg(following.join(QStringLiteral(", "))));
    updatePreview();
}

QStringList SeriesDialog::followingForums() const
{
    if (!m_chain->isVisible() || !m_chain->isChecked())
        return {};
    QStringList forums;
    for (const ForumTemplate &other : m_templates) {
        if (forumTemplate().heldTogetherWith.contains(other.forum)
            && other.forum != forumTemplate().forum)
            forums << other.forum;
    }
    return forums;
}

MeetingSeries SeriesDialog::series() const
{
    ForumTemplate t = forumTemplate();
    t.rrule = m_interval->currentData().toString();
    MeetingSeries series
        = SchedulingService::fromTemplate(t, m_unitId, m_startDate->date(), m_time->time());
    if (t.timesPerDay >= 2)
        series.times = {m_time->time(), m_secondTime->time()};
    series.minutes = m_minutes->value();
    series.locationKind = locationKindFromKey(m_locationKind->currentData().toString());
    series.location = m_location->text().trimmed();
    series.skipHolidays = m_skipHolidays->isChecked();
    if (m_hasEnd->isChecked())
        series.untilDate = m_endDate->date();
    return series;
}

void SeriesDialog::updatePreview()
{
    const MeetingSeries s = series();
    const QDate last = SchedulingService::plannedUntil(s, m_today);
    const auto occurrences = SeriesPlanner::occurrences(s, s.startDate, last);
    const auto skipped = SeriesPlanner::skipped(s, s.startDate, last);
    RecurrenceRule rule;
    RecurrenceRule::parse(s.rrule, &rule);
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QString text = tr("%1. %n meeting(s) until %2", nullptr, int(occurrences.size()))
                       .arg(rule.describe(), swedish.toString(last, QStringLiteral("d MMMM yyyy")));
    if (!occurrences.isEmpty())
        text += tr(", the first on %1 at %2")
                    .arg(swedish.toString(
                             occurrences.first().localDate, QStringLiteral("dddd d MMMM")),
                        occurrences.first().localTime.toString(QStringLiteral("HH:mm")));
    if (!skipped.isEmpty()) {
        QStringList names;
        for (const auto &holiday : skipped) {
            if (!names.contains(holiday.holidayName))
                names << holiday.holidayName;
        }
        text += tr(". Skipped holidays: %1").arg(names.join(QStringLiteral(", ")));
    }
    m_preview->setText(text + QLatin1Char('.'));
}

} // namespace tf
