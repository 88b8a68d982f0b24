#pragma once

#include <QSignalSpy>

namespace tf::test {

// Whether a spy on ChangeFeed::changed caught the "read everything again"
// signal (an empty table), as after a reconnect.
inline bool askedForFullRefresh(const QSignalSpy &changes)
{
    for (const QList<QVariant> &signal : changes) {
        if (signal.at(0).toString().isEmpty())
            return true;
    }
    return false;
}

} // namespace tf::test
