#pragma once

#include "domain/care/CareRecords.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace tf {

class Workspace;

// Marks one decision as reported back to the client: when and how.
class FeedbackDialog : public QDialog
{
    Q_OBJECT
public:
    FeedbackDialog(
        Workspace &workspace, qint64 actionId, const QString &decision, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_workspace;
    qint64 m_actionId;
    QDateEdit *m_date;
    QComboBox *m_method;
    QLineEdit *m_note;
};

} // namespace tf
