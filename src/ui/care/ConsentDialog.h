#pragma once

#include "domain/care/Consent.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace tf {

class Workspace;

// Records a consent decision (new or renewed) for one client and scope.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentDialog(
        Workspace &workspace, qint64 clientId, ConsentScope scope, QWidget *parent = nullptr);
    Consent consent() const;

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_workspace;
    qint64 m_clientId;
    QComboBox *m_scope;
    QComboBox *m_decision;
    QLineEdit *m_limitation;
    QComboBox *m_givenBy;
    QLineEdit *m_representative;
    QComboBox *m_form;
    QDateEdit *m_decidedOn;
};

} // namespace tf
