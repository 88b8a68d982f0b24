#pragma once

#include <QDialog>

class QButtonGroup;

namespace tf {

class Workspace;

// Marks an action as documented in the client's journal, saying in which
// record: SoL, HSL or LSS. Only the person the action names may.
class JournalMarkDialog : public QDialog
{
    Q_OBJECT
public:
    JournalMarkDialog(
        Workspace &workspace, qint64 actionId, const QString &what, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_workspace;
    qint64 m_actionId;
    QButtonGroup *m_records;
};

} // namespace tf
