#pragma once

#include "domain/Action.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace tf {

// A person's open actions: what, for which client, and the due date (marked
// when overdue).
class OpenActionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhatColumn, ClientColumn, DueColumn, ColumnCount };
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        SortRole, // what, client, due date
    };

    explicit OpenActionsModel(QObject *parent = nullptr);

    // Overdue is judged on `today`; clients' names by client id.
    void setActions(const QList<Action> &actions, const QHash<qint64, QString> &clientNames,
        const QDate &today);
    const Action *actionAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Action &action, int column) const;

    QList<Action> m_actions;
    QHash<qint64, QString> m_clientNames;
    QDate m_today;
};

} // namespace tf
