#pragma once

#include "domain/Client.h"
#include "services/care/RiskRoutine.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QDateEdit;
class QSpinBox;

namespace tf {

class Workspace;

// The client's part of the assessment routine: the moving-in date (the first
// assessments are due then) and the shorter intervals the team decided.
class ClientRoutineDialog : public QDialog
{
    Q_OBJECT
public:
    // meetingId: the meeting where the team decides; 0 when not known.
    ClientRoutineDialog(
        Workspace &workspace, const Client &client, qint64 meetingId, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    struct Interval
    {
        QString instrument;
        int stored = 0; // 0: none decided
        QSpinBox *spin = nullptr;
    };

    RiskRoutine m_routine;
    Client m_client;
    qint64 m_meetingId;
    ClientRoutine m_stored;
    QDateEdit *m_movedIn;
    QList<Interval> m_intervals;
};

} // namespace tf
