#include "models/SipNeedsModel.h"

namespace tf {

SipNeedsModel::SipNeedsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SipNeedsModel::setNeeds(const QList<SipNeed> &needs, const QHash<qint64, QString> &clientNames,
    const QHash<qint64, QString> &meetingLabels)
{
    beginResetModel();
    m_needs = needs;
    m_clientNames = clientNames;
    m_meetingLabels = meetingLabels;
    endResetModel();
}

const SipNeed *SipNeedsModel::needAt(int row) const
{
    return row >= 0 && row < m_needs.size() ? &m_needs.at(row) : nullptr;
}

int SipNeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_needs.size());
}

int SipNeedsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SipNeedsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SipNeed &need = m_needs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        // Meeting labels begin with the date and time, so they sort as text.
        return text(need, index.column());
    case SipNeedIdRole:
        return need.id;
    default:
        return {};
    }
}

QVariant SipNeedsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case NoteColumn:
        return tr("Note");
    case MeetingColumn:
        return tr("Noted at");
    default:
        return {};
    }
}

QString SipNeedsModel::text(const SipNeed &need, int column) const
{
    switch (column) {
    case ClientColumn:
        return m_clientNames.value(need.clientId);
    case NoteColumn:
        return need.note;
    case MeetingColumn:
        return m_meetingLabels.value(need.meetingId);
    default:
        return {};
    }
}

} // namespace tf
