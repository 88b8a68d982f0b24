#pragma once

#include "domain/care/CareRecords.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tf {

// Open needs for a SIP that one person is to call: the client, the note and
// the samordningsmöte where the need was seen.
class SipNeedsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ClientColumn, NoteColumn, MeetingColumn, ColumnCount };
    enum Role {
        SipNeedIdRole = Qt::UserRole + 1,
        SortRole, // client, note, meeting
    };

    explicit SipNeedsModel(QObject *parent = nullptr);

    // Clients' names by client id, meeting labels by meeting id.
    void setNeeds(const QList<SipNeed> &needs, const QHash<qint64, QString> &clientNames,
        const QHash<qint64, QString> &meetingLabels);
    const SipNeed *needAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const SipNeed &need, int column) const;

    QList<SipNeed> m_needs;
    QHash<qint64, QString> m_clientNames;
    QHash<qint64, QString> m_meetingLabels;
};

} // namespace tf
