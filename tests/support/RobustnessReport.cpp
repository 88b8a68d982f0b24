#include "support/RobustnessReport.h"

#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QFile>

namespace tf::test {

namespace {
quint64 failedChecks = 0;

// Counts every failed check of the run, so a case can tell whether its own held.
struct FailureCounter : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    bool assertionEnded(const Catch::AssertionStats &stats) override
    {
        if (!stats.assertionResult.isOk())
            ++failedChecks;
        return true;
    }
};
} // namespace

CATCH_REGISTER_LISTENER(FailureCounter)

void reportRobustness(const QString &name, int tries, int survived, qint64 lost)
{
    const QString path = qEnvironmentVariable("TEAMFORUM_ROBUSTNESS_REPORT");
    if (path.isEmpty())
        return;
    QFile report(path);
    if (!report.open(QIODevice::Append | QIODevice::Text))
        return;
    report.write(
        QStringLiteral("%1\t%2\t%3\t%4\n").arg(name).arg(tries).arg(survived).arg(lost).toUtf8());
}

ReportedCase::ReportedCase(const QString &name, int tries)
    : m_name(name)
    , m_tries(tries)
    , m_failuresBefore(failedChecks)
{ }

ReportedCase::~ReportedCase()
{
    reportRobustness(m_name, m_tries, failedChecks == m_failuresBefore ? m_tries : 0);
}

} // namespace tf::test
