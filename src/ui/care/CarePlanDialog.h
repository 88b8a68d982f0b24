#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace tf {

class Workspace;

// Records one step of a client's genomförandeplan: the planeringssamtal
// held, the plan written, a follow-up, or the levnadsberättelse done or not
// done, on a date; lists what is recorded before.
class CarePlanDialog : public QDialog
{
    Q_OBJECT
public:
    CarePlanDialog(Workspace &workspace, qint64 clientId, const QString &clientName,
        QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_workspace;
    qint64 m_clientId;
    QComboBox *m_step;
    QDateEdit *m_date;
};

} // namespace tf
