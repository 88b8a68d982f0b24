#include "support/RobustnessReport.h"

#include <QFile>

namespace tf::test {

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

} // namespace tf::test
