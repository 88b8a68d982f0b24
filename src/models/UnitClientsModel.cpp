#include "models/UnitClientsModel.h"

namespace tf {

namespace {
qint64 *personField(Client &client, int column)
{
    switch (column) {
    case UnitClientsModel::ContactColumn:
        return &client.contactPersonId;
    case UnitClientsModel::NurseColumn:
        return &client.nurseId;
    case UnitClientsModel::OtColumn:
        return &client.occupationalTherapistId;
    case UnitClientsModel::PtColumn:
        return &client.physiotherapistId;
    }
    return nullptr;
}

qint64 personOf(const Client &client, int column)
{
    switch (column) {
    case UnitClientsModel::ContactColumn:
        return client.contactPersonId;
    case UnitClientsModel::NurseColumn:
        return client.nurseId;
    case UnitClientsModel::OtColumn:
        return client.occupationalTherapistId;
    case UnitClientsModel::PtColumn:
        return client.physiotherapistId;
    }
    return 0;
}
} // namespace

UnitClientsModel::UnitClientsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UnitClientsModel::setPeople(const QList<Person> &people)
{
    m_personNames.clear();
    for (const Person &person : people)
        m_personNames.insert(person.id, person.name);
    if (!m_clients.isEmpty())
        Q_EMIT dataChanged(index(0, ContactColumn), index(rowCount() - 1, PtColumn));
}

void UnitClientsModel::setClients(const QList<Client> &clients)
{
    beginResetModel();
    m_clients = clients;
    endResetModel();
}

void UnitClientsModel::setCarePlans(const QHash<qint64, QString> &summaries)
{
    m_carePlans = summaries;
    if (!m_clients.isEmpty())
        Q_EMIT dataChanged(index(0, CarePlanColumn), index(rowCount() - 1, CarePlanColumn));
}

bool UnitClientsModel::isPersonColumn(int column)
{
    return column >= ContactColumn && column <= PtColumn;
}

int UnitClientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int UnitClientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitClientsModel::editValue(const Client &client, int column) const
{
    switch (column) {
    case NameColumn:
        return client.name;
    case ApartmentColumn:
        return client.apartment;
    case PriorityColumn:
        return client.priority;
    default:
        return personOf(client, column);
    }
}

QString UnitClientsModel::text(const Client &client, int column) const
{
    if (column == NameColumn && client.insatsEndsOn.isValid())
        return tr("%1 (%2 %3)")
            .arg(client.name, client.insatsEndReason, client.insatsEndsOn.toString(Qt::ISODate));
    if (column == CarePlanColumn)
        return m_carePlans.value(client.id);
    if (!isPersonColumn(column))
        return editValue(client, column).toString();
    const qint64 personId = editValue(client, column).toLongLong();
    return personId == 0 ? tr("Not chosen") : m_personNames.value(personId);
}

QVariant UnitClientsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Client &client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(client, index.column());
    case Qt::EditRole:
        return editValue(client, index.column());
    case ClientIdRole:
        return client.id;
    case SortRole:
        return index.column() == PriorityColumn ? QVariant(client.priority)
                                                : QVariant(text(client, index.column()));
    default:
        return {};
    }
}

bool UnitClientsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() == CarePlanColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Client &client = m_clients[index.row()];
    switch (index.column()) {
    case NameColumn:
        client.name = value.toString();
        break;
    case ApartmentColumn:
        client.apartment = value.toString();
        break;
    case PriorityColumn:
        client.priority = value.toInt();
        break;
    default:
        *personField(client, index.column()) = value.toLongLong();
        break;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, SortRole});
    return true;
}

QVariant UnitClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ApartmentColumn:
        return tr("Apartment or address");
    case PriorityColumn:
        return tr("Priority");
    case ContactColumn:
        return tr("Contact person");
    case NurseColumn:
        return tr("Nurse");
    case OtColumn:
        return tr("Occupational therapist");
    case PtColumn:
        return tr("Physiotherapist");
    case CarePlanColumn:
        return tr("Genomförandeplan");
    }
    return {};
}

Qt::ItemFlags UnitClientsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == CarePlanColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace tf
