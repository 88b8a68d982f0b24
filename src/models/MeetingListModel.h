#pragma once

#include "domain/Meeting.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tf {

// A unit's meetings as the chair's list shows them: date, time, forum,
// place, status and a note (conflicts, late invitations), one row each in
// the order given.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TimeColumn,
        ForumColumn,
        PlaceColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        MeetingIdRole = Qt::UserRole + 1,
        // Start (date and time columns), else the text shown.
        SortRole
    };

    explicit MeetingListModel(QObject *parent = nullptr);

    // `titles` and `notes` by meeting id; a meeting without a note has none.
    void setMeetings(const QList<Meeting> &meetings, const QHash<qint64, QString> &titles,
        const QHash<qint64, QString> &notes);
    qint64 meetingIdAt(int row) const;
    // -1 when the meeting is not listed.
    int rowOf(qint64 meetingId) const;

    static QString statusText(MeetingStatus status);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        Meeting meeting;
        QString title;
        QString note;
    };
    QString text(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace tf
