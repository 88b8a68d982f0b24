#include "ui/minutes/MeetingChooser.h"

#include "services/Directory.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingChoice.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/WhenRead.h"
#include "ui/common/WrappingRowLayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeZone>

namespace tf {

namespace {
// How far the list reaches: a quarter back, two months ahead.
constexpr int kDaysBack = 90;
constexpr int kDaysAhead = 60;
} // namespace

MeetingChooser::MeetingChooser(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_meetings(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start meeting mode"), this))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_start->setIcon(themedIcon(QStringLiteral("media-playback-start")));
    m_unit->setObjectName(QStringLiteral("unitComboBox"));
    m_unit->setAccessibleName(tr("Unit"));
    m_meetings->setObjectName(QStringLiteral("meetingComboBox"));
    m_meetings->setAccessibleName(tr("Meeting"));
    m_meetings->setMaxVisibleItems(20);
    m_start->setObjectName(QStringLiteral("startMeetingModeButton"));
    m_start->setAccessibleName(tr("Start meeting mode"));
    // The unit above the meeting where one row is too narrow for both.
    auto *layout = new WrappingRowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *unitLabel = new QLabel(tr("U&nit"), this);
    unitLabel->setBuddy(m_unit);
    auto *meetingLabel = new QLabel(tr("&Meeting"), this);
    meetingLabel->setBuddy(m_meetings);
    auto *unitRow = new QHBoxLayout;
    unitRow->addWidget(unitLabel);
    unitRow->addWidget(m_unit, 1);
    auto *meetingRow = new QHBoxLayout;
    meetingRow->addWidget(meetingLabel);
    meetingRow->addWidget(m_meetings, 1);
    meetingRow->addWidget(m_start);
    layout->addLayout(unitRow, 1);
    layout->addLayout(meetingRow, 2);
    // The units and the first unit's meetings in one read, beside the window.
    readChoice(0);
    connect(m_unit, &QComboBox::currentIndexChanged, this,
        [this] { readChoice(m_unit->currentData().toLongLong()); });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_meetings->currentData().isValid())
            Q_EMIT startRequested(m_meetings->currentData().toLongLong());
    });
}

QString MeetingChooser::forumName(qint64 templateId)
{
    if (templateId > 0 && !m_forumNames.contains(templateId))
        m_forumNames = m_workspace.directory().templateNames(); // a forum added since
    const QString name = m_forumNames.value(templateId);
    return name.isEmpty() ? tr("Meeting") : name;
}

void MeetingChooser::showUnit(qint64 unitId)
{
    const int row = m_unit->findData(unitId);
    if (row >= 0 && row != m_unit->currentIndex())
        m_unit->setCurrentIndex(row);
}

void MeetingChooser::readChoice(qint64 unitId)
{
    const int asked = ++m_asked;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = now.addDays(-kDaysBack);
    const QDateTime to = now.addDays(kDaysAhead);
    QFuture<MeetingChoice> read
        = m_workspace.readsBeside().read<MeetingChoice>([unitId, from, to](Workspace &workspace) {
              return unitId > 0 ? readMeetingChoice(workspace, unitId, from, to)
                                : readMeetingChoice(workspace, from, to);
          });
    whenRead(read, this, [this, asked, unitId](const QFuture<MeetingChoice> &done) {
        if (asked != m_asked)
            return; // another unit was chosen since
        m_answered = asked;
        MeetingChoice choice;
        if (!runGuarded(
                this, tr("The meetings could not be read"), [&] { choice = done.result(); }))
            return;
        if (unitId == 0) {
            const QSignalBlocker filling(m_unit); // these meetings are the first unit's
            m_unit->clear();
            for (const Unit &unit : std::as_const(choice.units))
                m_unit->addItem(unit.name, unit.id);
        }
        showMeetings(choice);
    });
}

void MeetingChooser::showMeetings(const MeetingChoice &choice)
{
    m_meetings->clear();
    m_forumNames = choice.forumNames;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Meeting> &meetings = choice.meetings;
    const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
    const auto add = [&](const Meeting &meeting) {
        const QString start
            = meeting.startUtc.toTimeZone(stockholm).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_meetings->addItem(
            QStringLiteral("%1 %2").arg(start, forumName(meeting.templateId)), meeting.id);
    };
    // Meetings not yet ended come first, the nearest on top (proposed), so
    // next week's meetings show without scrolling; then a line and the
    // earlier ones, the latest first.
    QList<Meeting> earlier;
    for (const Meeting &meeting : meetings) {
        if (meeting.startUtc.addSecs(meeting.minutes * 60) >= now)
            add(meeting);
        else
            earlier.prepend(meeting);
    }
    if (m_meetings->count() > 0 && !earlier.isEmpty())
        m_meetings->insertSeparator(m_meetings->count());
    for (const Meeting &meeting : earlier)
        add(meeting);
    m_meetings->setCurrentIndex(m_meetings->count() > 0 ? 0 : -1);
}

} // namespace tf
