#pragma once

#include <QTreeWidget>

namespace tf {

class Workspace;

// The coming meetings of the units of the nurse's (or OT's/PT's) clients,
// each with the clients on its agenda and, under each client, the
// assessments the routine asks for and whether they are due.
class ComingAssessmentsTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ComingAssessmentsTree(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the meetings again; the chosen instrument row stays chosen.
    void refresh();
    // Of the current row; 0 or empty where the row has none.
    qint64 currentClientId() const;
    qint64 currentAgendaItemId() const;
    QString currentInstrument() const;
    // The meeting row above the current row (or the current row itself).
    qint64 currentMeetingId() const;

Q_SIGNALS:
    // An instrument row was activated (Enter or double-click).
    void instrumentActivated();

private:
    QVariant currentData(int role) const;

    Workspace &m_workspace;
};

} // namespace tf
