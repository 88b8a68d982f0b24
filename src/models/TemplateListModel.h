#pragma once

#include "domain/ForumTemplate.h"

#include <QAbstractListModel>

namespace tf {

// The forum templates of one verksamhet, as a list for the template browser.
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TemplateIdRole = Qt::UserRole + 1, ForumKeyRole };

    explicit TemplateListModel(QObject *parent = nullptr);

    void setTemplates(const QList<ForumTemplate> &templates);
    const ForumTemplate *templateAt(int row) const;
    // Replaces one template after it was saved; returns its row or -1.
    int updateTemplate(const ForumTemplate &forumTemplate);
    int rowOf(qint64 templateId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ForumTemplate> m_templates;
};

} // namespace tf
