#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Client.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace tf {

class Workspace;

// "Har varit på sjukhus": the nurse or the contact person records that a
// client was in hospital, from the day admitted (when known) to the day
// home, with the hospital or ward (services/care/RiskIndividuals). The
// client's earlier stays are listed above; a stay that ended lately makes
// the client a riskindivid for the next samordningsmöte.
class HospitalStayDialog : public QDialog
{
    Q_OBJECT
public:
    // `purpose`: the view the earlier stays are read in, for the access log.
    HospitalStayDialog(Workspace &workspace, const Client &client, AccessPurpose purpose,
        QWidget *parent = nullptr);

    QDateEdit *admitted() const { return m_admitted; }
    QDateEdit *discharged() const { return m_discharged; }
    QLineEdit *note() const { return m_note; }
    QLabel *earlier() const { return m_earlier; }

public Q_SLOTS:
    // Saves the stay; stays open with a Swedish message when it is refused.
    void accept() override;

private:
    Workspace &m_workspace;
    Client m_client;
    QLabel *m_earlier;
    QDateEdit *m_admitted;
    QDateEdit *m_discharged;
    QLineEdit *m_note;
};

} // namespace tf
