#pragma once

#include "domain/Client.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tf {

class Workspace;

// Adds an item for the client to a coming meeting of the client's unit: the
// next meeting is chosen already, so it is write and press Add. A
// samordningsmöte without valid consent is refused with the reason.
class AddAgendaItemDialog : public QDialog
{
    Q_OBJECT
public:
    AddAgendaItemDialog(Workspace &workspace, const Client &client, QWidget *parent = nullptr);
    qint64 addedItemId() const { return m_addedId; }
    bool hasMeetings() const;

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_workspace;
    Client m_client;
    QComboBox *m_meeting;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    qint64 m_addedId = 0;
};

} // namespace tf
