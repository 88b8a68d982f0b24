#pragma once

#include "domain/Client.h"
#include "domain/Person.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tf {

// A unit's clients as the chair edits them: name, apartment or address,
// priority, the four people responsible for each and, to read, the
// genomförandeplan's next step. Edits change the
// model's copy only; the dialog saves what differs from what was read.
class UnitClientsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ApartmentColumn,
        PriorityColumn,
        ContactColumn,
        NurseColumn,
        OtColumn,
        PtColumn,
        CarePlanColumn, // the genomförandeplan's next step, read-only
        ColumnCount
    };
    enum Role {
        ClientIdRole = Qt::UserRole + 1,
        // The priority as a number, else the text shown.
        SortRole
    };

    explicit UnitClientsModel(QObject *parent = nullptr);

    // Who may be chosen for a client (and whose names are shown).
    void setPeople(const QList<Person> &people);
    void setClients(const QList<Client> &clients);
    // What the genomförandeplan column shows, by client id.
    void setCarePlans(const QHash<qint64, QString> &summaries);
    // The clients as edited, in the rows' order.
    const QList<Client> &clients() const { return m_clients; }

    static bool isPersonColumn(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    // Display: the text shown; Edit: the text, the priority or the person's id (0: none).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant editValue(const Client &client, int column) const;
    QString text(const Client &client, int column) const;

    QList<Client> m_clients;
    QHash<qint64, QString> m_personNames;
    QHash<qint64, QString> m_carePlans;
};

} // namespace tf
