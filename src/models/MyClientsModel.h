#pragma once

#include "services/care/MyClients.h"

#include <QAbstractTableModel>
#include <QDate>

namespace tf {

// *Mina kunder*: the contact person's clients with their next meeting, the
// participation checklist before it, the consent to share with other care
// providers and the genomförandeplan's next step (due or overdue).
class MyClientsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ClientColumn,
        NextMeetingColumn,
        ChecklistColumn,
        ConsentColumn,
        CarePlanColumn,
        ColumnCount
    };
    enum Role {
        ClientIdRole = Qt::UserRole + 1,
        SortRole, // name, meeting time, checklist done, consent valid until, plan due
    };

    explicit MyClientsModel(QObject *parent = nullptr);

    // Consents are judged on `today`.
    void setClients(const QList<MyClientStatus> &clients, const QDate &today);
    const MyClientStatus *clientAt(int row) const;
    int rowOf(qint64 clientId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const MyClientStatus &status, int column) const;
    QVariant sortKey(const MyClientStatus &status, int column) const;

    QList<MyClientStatus> m_clients;
    QDate m_today;
};

} // namespace tf
