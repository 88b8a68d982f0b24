#pragma once

#include "domain/Minutes.h"

#include <QAbstractListModel>
#include <QHash>

namespace tf {

// The hits of a search across minutes, actions and addenda: each says the
// meeting's day, the unit and what kind of text it is, then the snippet.
class SearchHitListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        MeetingIdRole = Qt::UserRole + 1,
        SortRole, // the meeting's start, so hits sort by time
        HtmlRole, // as DisplayRole, with the matched words in bold
        AgendaItemIdRole, // the agenda item the hit opens at
    };

    explicit SearchHitListModel(QObject *parent = nullptr);

    // unitNames names the units the hits are in; meetingDays gives each
    // hit's meeting day as the user reads it (Europe/Stockholm).
    void setHits(const QList<SearchHit> &hits, const QHash<qint64, QString> &unitNames,
        const QList<QDate> &meetingDays);
    // The next page of the same search, added after the rows shown.
    void appendHits(const QList<SearchHit> &hits, const QList<QDate> &meetingDays);
    qint64 meetingIdAt(int row) const;
    qint64 agendaItemIdAt(int row) const; // 0 for a hit on the minutes as a whole

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString heading(int row) const;

    QList<SearchHit> m_hits;
    QHash<qint64, QString> m_unitNames;
    QList<QDate> m_days;
};

} // namespace tf
