#include "models/RiskHistoryModel.h"

#include "domain/risk/RiskInstrument.h"

#include <QTimeZone>

namespace tf {

RiskHistoryModel::RiskHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RiskHistoryModel::setHistory(const QList<RiskAssessment> &history,
    const QHash<qint64, QString> &assessorNames, const QHash<qint64, QStringList> &objections,
    const QHash<qint64, QString> &carePlans)
{
    beginResetModel();
    m_history = history;
    m_assessors = assessorNames;
    m_objections = objections;
    m_carePlans = carePlans;
    endResetModel();
}

const RiskAssessment *RiskHistoryModel::assessmentAt(int row) const
{
    return row >= 0 && row < m_history.size() ? &m_history.at(row) : nullptr;
}

int RiskHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_history.size());
}

int RiskHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskAssessment &assessment = m_history.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.row(), index.column());
    case AssessmentIdRole:
        return assessment.id;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return assessment.assessedUtc;
        case PointsColumn:
            return assessment.result.score ? QVariant(*assessment.result.score) : QVariant();
        case ResultColumn:
            return assessment.complete ? (assessment.result.risk ? 2 : 1) : 0;
        default:
            return text(index.row(), index.column());
        }
    default:
        return {};
    }
}

QVariant RiskHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case InstrumentColumn:
        return tr("Instrument");
    case PointsColumn:
        return tr("Points");
    case ResultColumn:
        return tr("Result");
    case CarePlanColumn:
        return tr("Care plan");
    case TrendColumn:
        return tr("Trend");
    case AssessorColumn:
        return tr("Assessed by");
    case ObjectionColumn:
        return tr("Objection");
    default:
        return {};
    }
}

QString RiskHistoryModel::text(int row, int column) const
{
    const RiskAssessment &a = m_history.at(row);
    const RiskInstrument *instrument = findRiskInstrument(a.instrument);
    switch (column) {
    case DateColumn:
        // The day in Sweden, where the assessment was made.
        return a.assessedUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")))
            .toString(QStringLiteral("yyyy-MM-dd"));
    case InstrumentColumn:
        return instrument ? instrument->name : a.instrument;
    case PointsColumn:
        return a.result.score ? QString::number(*a.result.score) : QString();
    case ResultColumn:
        if (!a.complete)
            return tr("Could not be completed");
        if (a.result.referral.value_or(false)) // ROAG-J: a grade 3 somewhere
            return tr("%1 – contact dental care")
                .arg(instrument ? instrument->levelLabel(a.result.level) : a.result.level);
        return instrument ? instrument->levelLabel(a.result.level) : a.result.level;
    case CarePlanColumn:
        return m_carePlans.value(a.id);
    case TrendColumn:
        return trend(row);
    case AssessorColumn:
        return m_assessors.value(a.assessedById);
    case ObjectionColumn:
        return m_objections.value(a.id).join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QString RiskHistoryModel::trend(int row) const
{
    // Compared with the previous complete assessment with the same instrument.
    const RiskAssessment &a = m_history.at(row);
    for (int j = row + 1; j < m_history.size(); ++j) {
        const RiskAssessment &before = m_history.at(j);
        if (before.instrument != a.instrument || !before.complete || !a.complete)
            continue;
        if (before.result.risk != a.result.risk)
            return a.result.risk ? tr("new risk") : tr("no longer at risk");
        if (a.result.score && before.result.score)
            return *a.result.score == *before.result.score
                ? tr("unchanged")
                : tr("%1 points before").arg(*before.result.score);
        return tr("unchanged");
    }
    return {};
}

} // namespace tf
