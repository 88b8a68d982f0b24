#pragma once

#include "services/care/CarePlanning.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tf {

// The decisions a contact person is to report back to their clients: the
// client, the decision and the meeting that took it.
class FeedbackDueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ClientColumn, DecisionColumn, MeetingColumn, ColumnCount };
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        SortRole, // client, decision, meeting
    };

    explicit FeedbackDueModel(QObject *parent = nullptr);

    // meetingLabels: how each deciding meeting is named, by meeting id.
    void setFeedback(const QList<FeedbackDue> &due, const QHash<qint64, QString> &meetingLabels);
    const FeedbackDue *feedbackAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const FeedbackDue &due, int column) const;

    QList<FeedbackDue> m_due;
    QHash<qint64, QString> m_meetingLabels;
};

} // namespace tf
