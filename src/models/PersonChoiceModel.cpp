#include "models/PersonChoiceModel.h"

namespace tf {

PersonChoiceModel::PersonChoiceModel(const QString &nobodyText, Label label, QObject *parent)
    : QAbstractListModel(parent)
    , m_nobodyText(nobodyText)
    , m_label(label)
{ }

void PersonChoiceModel::setPeople(QList<Person> people)
{
    beginResetModel();
    m_people = std::move(people);
    m_rows.clear();
    endResetModel();
}

int PersonChoiceModel::rowOf(qint64 personId) const
{
    if (personId == 0)
        return m_nobodyText.isEmpty() ? -1 : 0;
    if (m_rows.isEmpty() && !m_people.isEmpty()) {
        m_rows.reserve(m_people.size());
        for (int i = 0; i < m_people.size(); ++i)
            m_rows.insert(m_people.at(i).id, firstPersonRow() + i);
    }
    return m_rows.value(personId, -1);
}

qint64 PersonChoiceModel::personIdAt(int row) const
{
    const int i = row - firstPersonRow();
    return i >= 0 && i < m_people.size() ? m_people.at(i).id : 0;
}

int PersonChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : firstPersonRow() + int(m_people.size());
}

QVariant PersonChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = index.row() - firstPersonRow();
    if (role == Qt::UserRole)
        return personIdAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (i < 0)
        return m_nobodyText;
    const Person &person = m_people.at(i);
    if (m_label == Label::NameAndRole && !person.role.isEmpty())
        return QStringLiteral("%1 (%2)").arg(person.name, person.role);
    return person.name;
}

} // namespace tf
