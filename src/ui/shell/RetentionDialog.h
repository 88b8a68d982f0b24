#pragma once

#include "services/retention/RetentionPlan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tf {

class Workspace;

// The retention plan (gallring) for the enhetschef: every client with the
// person's last entry, the decision and its reason, as `teamforum-cli
// retention plan` prints it for today; the organisation's provider
// (municipal or private), stored for everyone; and the purge, after a
// confirmation that says how many clients will be purged and that it
// cannot be undone, through the same service as `retention run`.
class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RetentionDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Asks for confirmation and purges; false when nothing was purged.
    bool purge();

private:
    void readPlan();
    void changeProvider();

    Workspace &m_workspace;
    QList<RetentionPlanEntry> m_plan;
    QComboBox *m_provider;
    QLineEdit *m_archive;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_result;
    QPushButton *m_purge;
};

} // namespace tf
