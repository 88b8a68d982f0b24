#include "models/OpenActionsModel.h"

namespace tf {

OpenActionsModel::OpenActionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OpenActionsModel::setActions(
    const QList<Action> &actions, const QHash<qint64, QString> &clientNames, const QDate &today)
{
    beginResetModel();
    m_actions = actions;
    m_clientNames = clientNames;
    m_today = today;
    endResetModel();
}

const Action *OpenActionsModel::actionAt(int row) const
{
    return row >= 0 && row < m_actions.size() ? &m_actions.at(row) : nullptr;
}

int OpenActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int OpenActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Action &action = m_actions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(action, index.column());
    case ActionIdRole:
        return action.id;
    case SortRole:
        return index.column() == DueColumn ? QVariant(action.dueDate)
                                           : QVariant(text(action, index.column()));
    default:
        return {};
    }
}

QVariant OpenActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhatColumn:
        return tr("Action");
    case ClientColumn:
        return tr("Client");
    case DueColumn:
        return tr("Due date");
    default:
        return {};
    }
}

QString OpenActionsModel::text(const Action &action, int column) const
{
    switch (column) {
    case WhatColumn:
        return action.what;
    case ClientColumn:
        return m_clientNames.value(action.clientId);
    case DueColumn: {
        const QString due
            = action.dueDate.isValid() ? action.dueDate.toString(Qt::ISODate) : QString();
        return action.isOverdue(m_today) ? tr("%1 (overdue)").arg(due) : due;
    }
    default:
        return {};
    }
}

} // namespace tf
