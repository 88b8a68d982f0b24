#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace tf {

class TemplateEditor;
class TemplateListModel;
class Workspace;

// The first screen: the forums of a verksamhet with their templates, to
// browse and edit. Saves go to the store, guarded against lost updates.
class TemplatesView : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesView(Workspace &workspace, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const;
    // Saves the edited template; returns false (after telling the user why)
    // when it could not be saved. The edited text stays in the editor.
    bool save();
    void revert();

private:
    void loadServiceType();
    void showTemplate(int row);
    bool confirmLeavingChanges();
    void updateButtons();

    Workspace &m_workspace;
    QComboBox *m_serviceTypeComboBox;
    QListView *m_templateListView;
    TemplateListModel *m_model;
    TemplateEditor *m_editor;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QLabel *m_statusLabel;
    int m_currentRow = -1;
};

} // namespace tf
