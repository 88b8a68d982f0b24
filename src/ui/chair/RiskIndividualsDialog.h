#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace tf {

class Workspace;

// *Riskindivider* for a samordningsmöte (services/care/RiskIndividuals): the
// clients whose latest Senior Alert assessment shows risk or who came home
// from hospital lately, each with why; the chair ticks who is taken up and
// adds them to the agenda. Nothing is added without the chair's choice.
class RiskIndividualsDialog : public QDialog
{
    Q_OBJECT
public:
    RiskIndividualsDialog(Workspace &workspace, qint64 meetingId, QWidget *parent = nullptr);

    QListWidget *proposed() const { return m_list; }
    // Adds the ticked clients; false when nothing was ticked or refused.
    bool addChosen();
    bool added() const { return m_added > 0; }

private:
    void refresh();

    Workspace &m_workspace;
    qint64 m_meetingId;
    QLabel *m_about;
    QListWidget *m_list;
    QPushButton *m_add;
    int m_added = 0;
};

} // namespace tf
