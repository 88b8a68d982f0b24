#pragma once

#include "domain/Action.h"
#include "domain/Client.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;

namespace tf {

class Workspace;

// A client's insats ends: the day and the reason (moved, died, ended), and
// the open actions about the client, ticked to be closed with it. Saving
// takes the client out of rotations, agenda suggestions and Mina kunder
// from that day; without an end date the insats goes on.
class InsatsEndDialog : public QDialog
{
    Q_OBJECT
public:
    InsatsEndDialog(Workspace &workspace, const Client &client, QWidget *parent = nullptr);

private:
    void save();

    Workspace &m_workspace;
    Client m_client;
    QCheckBox *m_ends;
    QDateEdit *m_endsOn;
    QComboBox *m_reason;
    QListWidget *m_actions;
    QList<Action> m_open;
};

} // namespace tf
