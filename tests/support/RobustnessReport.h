#pragma once

#include <QString>

namespace tf::test {

// One line of scripts/robustness's table: a case, how often it was tried,
// how often everything held, and what was lost (committed data, or typed
// characters beyond the allowance; 0 where nothing can be). Written to the
// file named by TEAMFORUM_ROBUSTNESS_REPORT, when it is set.
void reportRobustness(const QString &name, int tries, int survived, qint64 lost = 0);

// A case whose every check is one try: reports `tries` tries when it goes
// out of scope, all of them held when no check failed since it was made and
// none otherwise (a failed REQUIRE included). Made after any early return
// for a missing server, so a case that did not run reports nothing.
class ReportedCase
{
public:
    ReportedCase(const QString &name, int tries);
    ~ReportedCase();
    ReportedCase(const ReportedCase &) = delete;
    ReportedCase &operator=(const ReportedCase &) = delete;

private:
    QString m_name;
    int m_tries;
    quint64 m_failuresBefore;
};

} // namespace tf::test
