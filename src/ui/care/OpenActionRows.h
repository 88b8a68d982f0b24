#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tf {

class Workspace;

// A person's open actions as the care views list them: what, client, and
// the due date (marked when overdue), for fillCareTable().
class OpenActionRows
{
    Q_DECLARE_TR_FUNCTIONS(OpenActionRows)
public:
    static QList<QStringList> of(Workspace &workspace, qint64 responsibleId);
};

} // namespace tf
