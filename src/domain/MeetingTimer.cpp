#include "domain/MeetingTimer.h"

#include <QString>

namespace tf {

void MeetingTimer::start(int meetingMinutes, int itemCount)
{
    m_meetingBudget = meetingMinutes * 60;
    m_meetingElapsed = 0;
    m_current = 0;
    m_itemElapsed = QList<int>(qMax(itemCount, 1), 0);
}

void MeetingTimer::setCurrentItem(int index)
{
    if (index >= 0 && index < m_itemElapsed.size())
        m_current = index;
}

void MeetingTimer::advance(int seconds)
{
    m_meetingElapsed += seconds;
    if (!m_itemElapsed.isEmpty())
        m_itemElapsed[m_current] += seconds;
}

int MeetingTimer::itemBudgetSeconds() const
{
    return m_itemElapsed.isEmpty() ? 0 : m_meetingBudget / static_cast<int>(m_itemElapsed.size());
}

int MeetingTimer::itemSecondsLeft() const
{
    return itemBudgetSeconds() - (m_itemElapsed.isEmpty() ? 0 : m_itemElapsed.at(m_current));
}

QString MeetingTimer::clockText(int seconds)
{
    const int magnitude = qAbs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 60)
        .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

} // namespace tf
