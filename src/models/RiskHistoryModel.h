#pragma once

#include "domain/care/RiskAssessment.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tf {

// A client's earlier assessments, newest first, each with the trend against
// the previous complete assessment with the same instrument.
class RiskHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        InstrumentColumn,
        PointsColumn,
        ResultColumn,
        TrendColumn,
        AssessorColumn,
        ObjectionColumn, // what the client says is wrong, when they objected
        CarePlanColumn, // "Vårdplan saknas" after a risk found, or how the plan stands
        ColumnCount
    };
    enum Role {
        AssessmentIdRole = Qt::UserRole + 1,
        SortRole, // time, instrument, points, risk, trend, assessor
    };

    explicit RiskHistoryModel(QObject *parent = nullptr);

    // `history` newest first; assessors by person id; the client's
    // objections by assessment id, oldest first; the vårdplan's state and
    // measures by assessment id (RiskCarePlans).
    void setHistory(const QList<RiskAssessment> &history,
        const QHash<qint64, QString> &assessorNames,
        const QHash<qint64, QStringList> &objections = {},
        const QHash<qint64, QString> &carePlans = {});
    const RiskAssessment *assessmentAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    QString trend(int row) const;

    QList<RiskAssessment> m_history;
    QHash<qint64, QString> m_assessors;
    QHash<qint64, QStringList> m_objections;
    QHash<qint64, QString> m_carePlans;
};

} // namespace tf
