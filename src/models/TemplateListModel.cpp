#include "models/TemplateListModel.h"

namespace tf {

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TemplateListModel::setTemplates(const QList<ForumTemplate> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

const ForumTemplate *TemplateListModel::templateAt(int row) const
{
    if (row < 0 || row >= m_templates.size())
        return nullptr;
    return &m_templates.at(row);
}

int TemplateListModel::rowOf(qint64 templateId) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == templateId)
            return row;
    }
    return -1;
}

int TemplateListModel::updateTemplate(const ForumTemplate &forumTemplate)
{
    const int row = rowOf(forumTemplate.id);
    if (row < 0)
        return -1;
    m_templates[row] = forumTemplate;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    return row;
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_templates.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ForumTemplate &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return t.name;
    case Qt::ToolTipRole:
        return tr("%1, %2").arg(
            t.intervalText.isEmpty() ? intervalLabel(t.rrule) : t.intervalText, t.durationText);
    case Qt::AccessibleTextRole:
        return t.name;
    case TemplateIdRole:
        return t.id;
    case ForumKeyRole:
        return t.forum;
    default:
        return {};
    }
}

} // namespace tf
