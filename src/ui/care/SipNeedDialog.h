#pragma once

#include "domain/Client.h"
#include "domain/Meeting.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLineEdit;

namespace tf {

class Workspace;

// Notes that a client discussed at a samordningsmöte needs a samordnad
// individuell plan, and who is to call it. The need stays listed for that
// person until the SIP has been called.
class SipNeedDialog : public QDialog
{
    Q_OBJECT
public:
    // `meetings`: the samordningsmöten the client is on (see
    // samordningsmotenWithClient), newest first; must not be empty.
    SipNeedDialog(Workspace &workspace, const Client &client, const QList<Meeting> &meetings,
        QWidget *parent = nullptr);

    // Opens the dialog for the client, or says why it cannot: the client is on
    // no recent or coming samordningsmöte. True when a need was saved.
    static bool markNeed(Workspace &workspace, qint64 clientId, QWidget *parent);

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_workspace;
    Client m_client;
    QComboBox *m_meeting;
    QComboBox *m_responsible;
    QLineEdit *m_note;
};

} // namespace tf
