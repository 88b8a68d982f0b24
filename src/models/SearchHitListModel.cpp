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
    m_remarks.clear();
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

void SearchHitListModel::addNoteRemarks(const QHash<qint64, NoteRemark> &byNoteId)
{
    if (byNoteId.isEmpty())
        return;
    m_remarks.insert(byNoteId);
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_hits.size()) - 1));
}

const SearchHitListModel::NoteRemark *SearchHitListModel::remarkAt(int row) const
{
    const SearchHit &hit = m_hits.at(row);
    if (hit.kind != SearchHit::Kind::Minutes)
        return nullptr;
    const auto found = m_remarks.constFind(hit.rowId);
    return found == m_remarks.constEnd() ? nullptr : &*found;
}

QString SearchHitListModel::remarkLine(const NoteRemark &remark) const
{
    QStringList parts;
    if (remark.objected)
        parts << tr("The client objects to this note");
    if (remark.corrected)
        parts << tr("The note has been corrected");
    return parts.join(QStringLiteral(" · "));
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
    const NoteRemark *remark = remarkAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // The snippet marks the matched words with « and »; read without them.
        QString text = QStringLiteral("%1\n%2").arg(
            heading(index.row()), QString(hit.snippet).remove(QChar(0x00AB)).remove(QChar(0x00BB)));
        if (remark)
            text += QLatin1Char('\n') + remarkLine(*remark);
        return text;
    }
    case Qt::ToolTipRole:
        return remark ? remark->detail : QVariant();
    case HtmlRole:
        return QStringLiteral("<a href=\"meeting:%1\">%2</a><br>%3%4")
            .arg(hit.meetingId)
            .arg(heading(index.row()).toHtmlEscaped(), highlightedHtml(hit.snippet),
                remark ? QStringLiteral("<br><i>%1</i>").arg(remarkLine(*remark).toHtmlEscaped())
                       : QString());
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
