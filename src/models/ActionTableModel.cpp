#include "models/ActionTableModel.h"

namespace tf {

ActionTableModel::ActionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ActionTableModel::setRows(const QList<ActionTableRow> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

qint64 ActionTableModel::actionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).action.id : 0;
}

int ActionTableModel::rowOf(qint64 actionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).action.id == actionId)
            return row;
    }
    return -1;
}

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionTableModel::statusText(const ActionTableRow &row) const
{
    const Action &a = row.action;
    if (a.status != ActionStatus::Done)
        return a.isOverdue(m_today) ? tr("Overdue", "status of one action")
                                    : tr("Open", "status of one action");
    QString status = tr("Done %1").arg(row.doneOn.toString(Qt::ISODate));
    if (a.doneById > 0 && !row.doneByName.isEmpty())
        status += tr(" by %1").arg(row.doneByName);
    return status;
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionTableRow &row = m_rows.at(index.row());
    if (role == ActionIdRole)
        return row.action.id;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const auto day = [role](const QDate &date) -> QVariant {
        return role == SortRole ? QVariant(date) : QVariant(date.toString(Qt::ISODate));
    };
    switch (index.column()) {
    case What:
        return row.action.what;
    case Responsible:
        return row.responsibleName;
    case Due:
        return day(row.action.dueDate);
    case Decided:
        return day(row.decidedOn);
    case FollowUp:
        return day(row.followUpOn);
    case Status:
        return statusText(row);
    default:
        return {};
    }
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("Action");
    case Responsible:
        return tr("Responsible");
    case Due:
        return tr("Due");
    case Decided:
        return tr("Decided");
    case FollowUp:
        return tr("Follow-up");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace tf
