#pragma once

#include "domain/ForumTemplate.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TemplateEditor;
}

namespace tf {

// Edits one forum template: name, interval, duration, place, leaders,
// purpose, participants and the fixed agenda.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget *parent = nullptr);
    ~TemplateEditor() override;

    void setTemplate(const ForumTemplate &forumTemplate);
    // The template as edited; id, version and keys come from setTemplate().
    ForumTemplate editedTemplate() const;
    bool isModified() const { return m_modified; }

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void setupChoices();
    void connectEdits();
    void markModified();
    void addParticipantRow(const TemplateParticipant &participant);
    void addAgendaRow(const TemplateAgendaItem &item);
    void moveAgendaRow(int offset);

    std::unique_ptr<Ui::TemplateEditor> m_ui;
    ForumTemplate m_original;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace tf
