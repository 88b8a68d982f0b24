#pragma once

#include <QList>

namespace tf {

// Time spent in a meeting against the template's minutes: for the whole
// meeting and per agenda item (the meeting's time shared equally, so a
// pulsmöte of five minutes with five items gives one minute each). Advanced
// by whoever owns the clock, so it is tested without waiting.
class MeetingTimer
{
public:
    void start(int meetingMinutes, int itemCount);
    void setCurrentItem(int index);
    int currentItem() const { return m_current; }
    void advance(int seconds);

    int meetingSecondsLeft() const { return m_meetingBudget - m_meetingElapsed; }
    int itemSecondsLeft() const;
    bool meetingOverrun() const { return meetingSecondsLeft() < 0; }
    bool itemOverrun() const { return itemSecondsLeft() < 0; }
    int itemBudgetSeconds() const;

    // "4:05", "-0:40" for time over.
    static QString clockText(int seconds);

private:
    int m_meetingBudget = 0;
    int m_meetingElapsed = 0;
    int m_current = 0;
    QList<int> m_itemElapsed;
};

} // namespace tf
