#pragma once

#include <QObject>
#include <QString>

namespace tf {

class Workspace;

// Other clients' committed changes as a view hears them: the workspace's
// change feed passed on, so views need not know how the store reports them.
class StoreChanges : public QObject
{
    Q_OBJECT
public:
    explicit StoreChanges(Workspace &workspace, QObject *parent = nullptr);

Q_SIGNALS:
    // A row of table changed. An empty table means "something may have
    // changed, read everything again".
    void changed(const QString &table, qint64 rowId);
};

} // namespace tf
