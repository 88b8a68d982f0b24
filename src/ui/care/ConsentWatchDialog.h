#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace tf {

class Workspace;

// The enhetschef's consent list (services/care/ConsentWatch): the consents
// of her units' clients that end in the next 30 days, and the clients on
// the coming samordningsmöten without a valid consent. Read only; consents
// are renewed in *Mina kunder*.
class ConsentWatchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConsentWatchDialog(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *expiring() const { return m_expiring; }
    QTreeWidget *withoutConsent() const { return m_withoutConsent; }

private:
    Workspace &m_workspace;
    QLabel *m_about;
    QTreeWidget *m_expiring;
    QTreeWidget *m_withoutConsent;
};

} // namespace tf
