#include "ui/minutes/MeetingChooser.h"

#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>

namespace tf {

MeetingChooser::MeetingChooser(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_meetings(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start meeting mode"), this))
{
    m_unit->setObjectName(QStringLiteral("unitComboBox"));
    m_unit->setAccessibleName(tr("Unit"));
    m_meetings->setObjectName(QStringLiteral("meetingComboBox"));
    m_meetings->setAccessibleName(tr("Meeting"));
    m_start->setObjectName(QStringLiteral("startMeetingModeButton"));
    m_start->setAccessibleName(tr("Start meeting mode"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *unitLabel = new QLabel(tr("U&nit"), this);
    unitLabel->setBuddy(m_unit);
    auto *meetingLabel = new QLabel(tr("&Meeting"), this);
    meetingLabel->setBuddy(m_meetings);
    layout->addWidget(unitLabel);
    layout->addWidget(m_unit, 1);
    layout->addWidget(meetingLabel);
    layout->addWidget(m_meetings, 2);
    layout->addWidget(m_start);
    const auto units = m_workspace.units().all();
    for (const Unit &unit : units)
        m_unit->addItem(unit.name, unit.id);
    fillMeetings();
    connect(m_unit, &QComboBox::currentIndexChanged, this, &MeetingChooser::fillMeetings);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_meetings->currentData().isValid())
            Q_EMIT startRequested(m_meetings->currentData().toLongLong());
    });
}

QString MeetingChooser::forumName(Workspace &workspace, qint64 templateId)
{
    if (templateId > 0) {
        if (const auto forum = workspace.templates().byId(templateId))
            return forum->name;
    }
    return tr("Meeting");
}

void MeetingChooser::showUnit(qint64 unitId)
{
    const int row = m_unit->findData(unitId);
    if (row >= 0 && row != m_unit->currentIndex())
        m_unit->setCurrentIndex(row);
}

void MeetingChooser::fillMeetings()
{
    m_meetings->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto meetings = m_workspace.meetings().byUnit(
        m_unit->currentData().toLongLong(), now.addDays(-90), now.addDays(60));
    const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
    int proposed = -1;
    for (const Meeting &meeting : meetings) {
        const QString start
            = meeting.startUtc.toTimeZone(stockholm).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_meetings->addItem(
            QStringLiteral("%1 %2").arg(start, forumName(m_workspace, meeting.templateId)),
            meeting.id);
        // The first meeting that has not ended yet.
        if (proposed < 0 && meeting.startUtc.addSecs(meeting.minutes * 60) >= now)
            proposed = m_meetings->count() - 1;
    }
    m_meetings->setCurrentIndex(proposed >= 0 ? proposed : m_meetings->count() - 1);
}

} // namespace tf
