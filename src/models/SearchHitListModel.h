#pragma once

#include "domain/Minutes.h"

#include <QAbstractListModel>
#include <QHash>

namespace tf {

// The hits of a search across minutes, actions and addenda: each says the
// meeting's day, the unit and what kind of text it is, then the snippet; a
// hit on a note the client objects to, or that was corrected, says so (the
// objection and the earlier text in its tooltip).
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

    // What was said against a note, or that it was corrected; detail is
    // the full text (RemarkText) shown as the hit's tooltip.
    struct NoteRemark
    {
        bool objected = false;
        bool corrected = false;
        QString detail;
    };

    explicit SearchHitListModel(QObject *parent = nullptr);

    // unitNames names the units the hits are in; meetingDays gives each
    // hit's meeting day as the user reads it (Europe/Stockholm).
    void setHits(const QList<SearchHit> &hits, const QHash<qint64, QString> &unitNames,
        const QList<QDate> &meetingDays);
    // The next page of the same search, added after the rows shown.
    void appendHits(const QList<SearchHit> &hits, const QList<QDate> &meetingDays);
    // Marks the hits on these notes (by note id); setHits clears them.
    void addNoteRemarks(const QHash<qint64, NoteRemark> &byNoteId);
    qint64 meetingIdAt(int row) const;
    qint64 agendaItemIdAt(int row) const; // 0 for a hit on the minutes as a whole

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString heading(int row) const;
    // The remark of a hit on a note, if any.
    const NoteRemark *remarkAt(int row) const;
    QString remarkLine(const NoteRemark &remark) const;

    QList<SearchHit> m_hits;
    QHash<qint64, QString> m_unitNames;
    QList<QDate> m_days;
    QHash<qint64, NoteRemark> m_remarks;
};

} // namespace tf
