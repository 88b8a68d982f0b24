#pragma once

#include "domain/Client.h"
#include "domain/Unit.h"
#include "services/chair/UnitClients.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace tf {

class ClientRowDelegate;
class UnitClientsModel;
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
    // The end of the chosen client's insats (InsatsEndDialog).
    void endInsats();

private:
    void load();
    // The rows as edited that differ from what was read; none when a row
    // lacks a name (the user is told).
    std::optional<QList<Client>> changedClients();
    UnitPlanning wantedPlanning() const;
    void keepSaved(const QList<Client> &saved);

    Workspace &m_workspace;
    Unit m_unit;
    QList<Client> m_clients; // as read, with the versions saved since
    UnitClientsModel *m_model;
    ClientRowDelegate *m_delegate;
    QTableView *m_table;
    QComboBox *m_scheme;
    QSpinBox *m_perMeeting;
    QSpinBox *m_leadDays;
    // How often the unit follows its genomförandeplaner up: 6 or 3 months.
    QComboBox *m_planFollowUp;
    int m_savedPlanFollowUp = 0;
    QLineEdit *m_name;
    QLineEdit *m_personnummer;
    QLineEdit *m_apartment;
};

} // namespace tf
