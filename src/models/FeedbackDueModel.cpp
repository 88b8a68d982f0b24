#include "models/FeedbackDueModel.h"

namespace tf {

FeedbackDueModel::FeedbackDueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FeedbackDueModel::setFeedback(
    const QList<FeedbackDue> &due, const QHash<qint64, QString> &meetingLabels)
{
    beginResetModel();
    m_due = due;
    m_meetingLabels = meetingLabels;
    endResetModel();
}

const FeedbackDue *FeedbackDueModel::feedbackAt(int row) const
{
    return row >= 0 && row < m_due.size() ? &m_due.at(row) : nullptr;
}

int FeedbackDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_due.size());
}

int FeedbackDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedbackDue &due = m_due.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        // Meeting labels begin with the date and time, so they sort as text.
        return text(due, index.column());
    case ActionIdRole:
        return due.action.id;
    default:
        return {};
    }
}

QVariant FeedbackDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case DecisionColumn:
        return tr("Decision");
    case MeetingColumn:
        return tr("Decided at");
    default:
        return {};
    }
}

QString FeedbackDueModel::text(const FeedbackDue &due, int column) const
{
    switch (column) {
    case ClientColumn:
        return due.client.name;
    case DecisionColumn:
        return due.action.what;
    case MeetingColumn:
        return m_meetingLabels.value(due.action.meetingId);
    default:
        return {};
    }
}

} // namespace tf
