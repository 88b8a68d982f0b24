#include "models/MyClientsModel.h"

#include <QTimeZone>

namespace tf {

MyClientsModel::MyClientsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MyClientsModel::setClients(const QList<MyClientStatus> &clients, const QDate &today)
{
    beginResetModel();
    m_clients = clients;
    m_today = today;
    endResetModel();
}

const MyClientStatus *MyClientsModel::clientAt(int row) const
{
    return row >= 0 && row < m_clients.size() ? &m_clients.at(row) : nullptr;
}

int MyClientsModel::rowOf(qint64 clientId) const
{
    for (int row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).client.id == clientId)
            return row;
    }
    return -1;
}

int MyClientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_clients.size());
}

int MyClientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyClientsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MyClientStatus &status = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(status, index.column());
    case ClientIdRole:
        return status.client.id;
    case SortRole:
        return sortKey(status, index.column());
    default:
        return {};
    }
}

QVariant MyClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case NextMeetingColumn:
        return tr("Next meeting");
    case ChecklistColumn:
        return tr("Checklist");
    case ConsentColumn:
        return tr("Consent, other care providers");
    case CarePlanColumn:
        return tr("Genomförandeplan");
    default:
        return {};
    }
}

QString MyClientsModel::text(const MyClientStatus &status, int column) const
{
    switch (column) {
    case ClientColumn:
        return status.client.name;
    case NextMeetingColumn: {
        if (!status.nextMeeting)
            return tr("Not on a coming agenda");
        // As the care views name a meeting: local time and forum.
        const QString when = status.nextMeeting->startUtc
                                 .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm")))
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return QStringLiteral("%1 %2").arg(when, status.nextMeetingForum).trimmed();
    }
    case ChecklistColumn:
        if (!status.nextMeeting)
            return QStringLiteral("–");
        return status.checklistDone ? tr("Done") : tr("To do");
    case ConsentColumn: {
        const auto &consent = status.sharingConsent;
        if (!consent)
            return tr("Missing");
        const QString until = consent->validUntil.toString(Qt::ISODate);
        if (consent->allowsSharing(m_today))
            return tr("Valid until %1").arg(until);
        return consent->decision == ConsentDecision::Refused ? tr("Refused")
                                                             : tr("Expired %1").arg(until);
    }
    case CarePlanColumn:
        return carePlanSummary(status.carePlan);
    default:
        return {};
    }
}

QVariant MyClientsModel::sortKey(const MyClientStatus &status, int column) const
{
    switch (column) {
    case ClientColumn:
        return status.client.name;
    case NextMeetingColumn:
        return status.nextMeeting ? status.nextMeeting->startUtc : QDateTime();
    case ChecklistColumn:
        return status.nextMeeting ? (status.checklistDone ? 2 : 1) : 0;
    case ConsentColumn:
        return status.sharingConsent && status.sharingConsent->allowsSharing(m_today)
            ? status.sharingConsent->validUntil
            : QDate();
    case CarePlanColumn:
        return status.carePlan.state == CarePlanState::NoStart ? QDate(9999, 12, 31)
                                                               : status.carePlan.nextDueOn;
    default:
        return {};
    }
}

} // namespace tf
