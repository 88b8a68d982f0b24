#pragma once

#include <QDialog>

class QListWidget;

namespace tf {

class Workspace;

// *Samordnade enheter*: the units whose clients the samordningsmöte of an
// area takes up (services/chair/CoordinatedUnits). The chair ticks the
// units of the area and saves; the agenda's clients follow.
class CoordinatedUnitsDialog : public QDialog
{
    Q_OBJECT
public:
    CoordinatedUnitsDialog(Workspace &workspace, qint64 unitId, QWidget *parent = nullptr);

    QListWidget *units() const { return m_units; }

public Q_SLOTS:
    // Saves the ticked units; stays open with a Swedish message when refused.
    void accept() override;

private:
    Workspace &m_workspace;
    qint64 m_unitId;
    QListWidget *m_units;
};

} // namespace tf
