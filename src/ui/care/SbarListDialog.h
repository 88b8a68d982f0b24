#pragma once

#include "domain/Client.h"
#include "domain/care/CareRecords.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace tf {

class Workspace;

// The SBAR reports saved for one client, newest first: a new report for the
// agenda item, a saved one reopened to complete it after the call, or its
// PDF written again to print it.
class SbarListDialog : public QDialog
{
    Q_OBJECT
public:
    SbarListDialog(Workspace &workspace, const Client &client, qint64 agendaItemId,
        qint64 meetingId, QWidget *parent = nullptr);

    const QList<SbarReport> &reports() const { return m_reports; }
    // The report of the chosen row, if any.
    const SbarReport *chosen() const;

    void writeNew();
    void openChosen();
    void printChosen();

private:
    void refresh();

    Workspace &m_workspace;
    Client m_client;
    qint64 m_agendaItemId;
    qint64 m_meetingId;
    QList<SbarReport> m_reports;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_print;
};

} // namespace tf
