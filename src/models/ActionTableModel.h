#pragma once

#include "domain/Action.h"

#include <QAbstractTableModel>
#include <QDate>

namespace tf {

// One action as the Åtgärder list shows it, with the names and days it needs.
struct ActionTableRow
{
    Action action;
    QString responsibleName;
    QString doneByName;
    QDate decidedOn;
    QDate followUpOn; // invalid without follow-up
    QDate doneOn; // the day it was closed in Europe/Stockholm
};

// The Åtgärder list: what, who, due, decided, follow-up and status.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { What, Responsible, Due, Decided, FollowUp, Status, ColumnCount };
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        SortRole, // dates as dates, so a sort is by day rather than by text
    };

    explicit ActionTableModel(QObject *parent = nullptr);

    // today decides which open actions are overdue.
    void setRows(const QList<ActionTableRow> &rows, const QDate &today);
    qint64 actionIdAt(int row) const;
    int rowOf(qint64 actionId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const ActionTableRow &row) const;

    QList<ActionTableRow> m_rows;
    QDate m_today;
};

} // namespace tf
