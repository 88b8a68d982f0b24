#include "ui/minutes/MeetingClockBar.h"

#include "domain/MeetingTimer.h"
#include "ui/common/PaletteColours.h"
#include "ui/common/WrappingRowLayout.h"

#include <QHBoxLayout>
#include <QLabel>

namespace tf {

namespace {
QString calmStyle(bool overrun, bool dark)
{
    // Over time is shown calmly: a warm background, no red, no sound; in a
    // dark palette a dark amber one with light text.
    if (!overrun)
        return QStringLiteral("QLabel { padding: 4px 8px; }");
    return dark ? QStringLiteral("QLabel { background: #4d3b00; color: #ffe9a8; padding: 4px 8px; "
                                 "border-radius: 4px; }")
                : QStringLiteral("QLabel { background: #fff1c7; color: #5c4300; padding: 4px 8px; "
                                 "border-radius: 4px; }");
}
} // namespace

MeetingClockBar::MeetingClockBar(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Choose a meeting and start meeting mode."), this))
    , m_meetingClock(new QLabel(this))
    , m_itemClock(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("meetingTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    QFont clockFont = m_meetingClock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.4);
    clockFont.setBold(true);
    m_meetingClock->setFont(clockFont);
    m_itemClock->setFont(clockFont);
    m_meetingClock->setObjectName(QStringLiteral("meetingClockLabel"));
    m_itemClock->setObjectName(QStringLiteral("itemClockLabel"));

    // The clocks go below the title where one row is too narrow for all.
    auto *layout = new WrappingRowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 1);
    auto *clocks = new QHBoxLayout;
    clocks->addWidget(m_itemClock);
    clocks->addWidget(m_meetingClock);
    layout->addLayout(clocks);
}

void MeetingClockBar::setTitle(const QString &title)
{
    m_title->setText(title);
}

void MeetingClockBar::showTimes(const MeetingTimer &timer)
{
    const int itemLeft = timer.itemSecondsLeft();
    const int meetingLeft = timer.meetingSecondsLeft();
    m_itemClock->setText(itemLeft >= 0
            ? tr("Item: %1 left").arg(MeetingTimer::clockText(itemLeft))
            : tr("Item: %1 over time").arg(MeetingTimer::clockText(-itemLeft)));
    m_meetingClock->setText(meetingLeft >= 0
            ? tr("Meeting: %1 left").arg(MeetingTimer::clockText(meetingLeft))
            : tr("Meeting: %1 over time").arg(MeetingTimer::clockText(-meetingLeft)));
    m_itemClock->setStyleSheet(calmStyle(timer.itemOverrun(), isDarkPalette(palette())));
    m_meetingClock->setStyleSheet(calmStyle(timer.meetingOverrun(), isDarkPalette(palette())));
}

} // namespace tf
