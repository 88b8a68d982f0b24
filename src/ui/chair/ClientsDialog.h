#pragma once

#include "domain/Client.h"
#include "domain/Unit.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace tf {

class Workspace;

// The clients of a unit (apartment or address, fast omsorgskontakt,
// responsible nurse, OT and PT, priority) and how its teammöten rotate
// through them, plus the lead time for inviting adjuncts.
class ClientsDialog : public QDialog
{
    Q_OBJECT
public:
    ClientsDialog(Workspace &workspace, const Unit &unit, QWidget *parent = nullptr);

    bool save();
    void addClient();

private:
    void load();
    QComboBox *personCombo(qint64 selected, const QString &accessibleName);

    Workspace &m_workspace;
    Unit m_unit;
    QList<Client> m_clients;
    QTableWidget *m_table;
    QComboBox *m_scheme;
    QSpinBox *m_perMeeting;
    QSpinBox *m_leadDays;
    QLineEdit *m_name;
    QLineEdit *m_personnummer;
    QLineEdit *m_apartment;
};

} // namespace tf
