#pragma once

#include <QString>

namespace tf::test {

// One line of scripts/robustness's table: a case, how often it was tried,
// how often everything held, and what was lost (committed data, or typed
// characters beyond the allowance; 0 where nothing can be). Written to the
// file named by TEAMFORUM_ROBUSTNESS_REPORT, when it is set.
void reportRobustness(const QString &name, int tries, int survived, qint64 lost = 0);

} // namespace tf::test
