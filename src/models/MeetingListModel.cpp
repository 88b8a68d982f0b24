#include "models/MeetingListModel.h"

#include "domain/SeriesPlanner.h"

#include <QLocale>

namespace tf {

namespace {
QDateTime localOf(const Meeting &meeting)
{
    return meeting.startUtc.toTimeZone(SeriesPlanner::stockholm());
}
} // namespace

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MeetingListModel::setMeetings(const QList<Meeting> &meetings,
    const QHash<qint64, QString> &titles, const QHash<qint64, QString> &notes)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(meetings.size());
    for (const Meeting &meeting : meetings)
        m_rows << Row {meeting, titles.value(meeting.id), notes.value(meeting.id)};
    endResetModel();
}

qint64 MeetingListModel::meetingIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).meeting.id : 0;
}

int MeetingListModel::rowOf(qint64 meetingId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meeting.id == meetingId)
            return row;
    }
    return -1;
}

QString MeetingListModel::statusText(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return tr("Planned");
    case MeetingStatus::Cancelled:
        return tr("Cancelled");
    case MeetingStatus::InProgress:
        return tr("In progress");
    case MeetingStatus::Finished:
        return tr("Held");
    case MeetingStatus::Approved:
        return tr("Minutes approved");
    }
    return {};
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingListModel::text(const Row &row, int column) const
{
    const Meeting &meeting = row.meeting;
    const QDateTime local = localOf(meeting);
    switch (column) {
    case DateColumn:
        return QLocale(QLocale::Swedish, QLocale::Sweden)
            .toString(local.date(), QStringLiteral("ddd yyyy-MM-dd"));
    case TimeColumn:
        return QStringLiteral("%1–%2").arg(local.time().toString(QStringLiteral("HH:mm")),
            local.addSecs(meeting.minutes * 60).time().toString(QStringLiteral("HH:mm")));
    case ForumColumn:
        return row.title;
    case PlaceColumn:
        return meeting.location;
    case StatusColumn:
        return statusText(meeting.status);
    case NoteColumn:
        return row.note;
    }
    return {};
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case MeetingIdRole:
        return row.meeting.id;
    case SortRole:
        if (index.column() == DateColumn || index.column() == TimeColumn)
            return row.meeting.startUtc;
        return text(row, index.column());
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip gives a header in full where its column is narrow.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case ForumColumn:
        return tr("Forum");
    case PlaceColumn:
        return tr("Place");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags MeetingListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace tf
