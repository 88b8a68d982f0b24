#include "models/SearchHitListModel.h"

namespace tf {

SearchHitListModel::SearchHitListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SearchHitListModel::setHits(const QList<SearchHit> &hits,
    const QHash<qint64, QString> &unitNames, const QList<QDate> &meetingDays)
{
    Q_ASSERT(hits.size() == meetingDays.size());
    beginResetModel();
    m_hits = hits;
    m_unitNames = unitNames;
    m_days = meetingDays;
    endResetModel();
}

void SearchHitListModel::appendHits(const QList<SearchHit> &hits, const QList<QDate> &meetingDays)
{
    Q_ASSERT(hits.size() == meetingDays.size());
    if (hits.isEmpty())
        return;
    const int first = static_cast<int>(m_hits.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(hits.size()) - 1);
    m_hits += hits;
    m_days += meetingDays;
    endInsertRows();
}

qint64 SearchHitListModel::meetingIdAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).meetingId : 0;
}

qint64 SearchHitListModel::agendaItemIdAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).agendaItemId : 0;
}

int SearchHitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QString SearchHitListModel::heading(int row) const
{
    const SearchHit &hit = m_hits.at(row);
    const QString kind = hit.kind == SearchHit::Kind::Action ? tr("Action")
        : hit.kind == SearchHit::Kind::Addendum              ? tr("Addendum")
        : hit.kind == SearchHit::Kind::AgendaItem            ? tr("Agenda item")
                                                             : tr("Minutes");
    return QStringLiteral("%1 · %2 · %3")
        .arg(m_days.value(row).toString(Qt::ISODate), m_unitNames.value(hit.unitId), kind);
}

QVariant SearchHitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // The snippet marks the matched words with « and »; read without them.
        return QStringLiteral("%1\n%2").arg(
            heading(index.row()), QString(hit.snippet).remove(QChar(0x00AB)).remove(QChar(0x00BB)));
    case HtmlRole:
        return QStringLiteral("<a href=\"meeting:%1\">%2</a><br>%3")
            .arg(hit.meetingId)
            .arg(heading(index.row()).toHtmlEscaped(), highlightedHtml(hit.snippet));
    case MeetingIdRole:
        return hit.meetingId;
    case AgendaItemIdRole:
        return hit.agendaItemId;
    case SortRole:
        return hit.meetingStartUtc;
    default:
        return {};
    }
}

} // namespace tf
