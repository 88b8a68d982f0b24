#include "ui/templates/TemplatesView.h"

#include "models/TemplateListModel.h"
#include "services/Directory.h"
#include "services/StoreDescription.h"
#include "services/Workspace.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBox.h"
#include "ui/templates/TemplateEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace tf {

TemplatesView::TemplatesView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_serviceTypeComboBox(new QComboBox(this))
    , m_templateListView(new QListView(this))
    , m_model(new TemplateListModel(this))
    , m_editor(new TemplateEditor(this))
    , m_saveButton(new QPushButton(tr("&Save changes"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
    , m_statusLabel(new QLabel(this))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_saveButton->setIcon(themedIcon(QStringLiteral("document-save")));
    setObjectName(QStringLiteral("templatesView"));
    m_serviceTypeComboBox->setObjectName(QStringLiteral("serviceTypeComboBox"));
    m_serviceTypeComboBox->setAccessibleName(tr("Service type"));
    for (auto type : allServiceTypes())
        m_serviceTypeComboBox->addItem(serviceTypeDisplayName(type), serviceTypeKey(type));
    m_templateListView->setObjectName(QStringLiteral("templateListView"));
    m_templateListView->setAccessibleName(tr("Forums"));
    m_templateListView->setModel(m_model);
    m_templateListView->setMaximumWidth(260);
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    m_saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveButton->setAccessibleName(tr("Save changes"));
    m_saveButton->setToolTip(tr("Save the template (Ctrl+S)"));
    m_revertButton->setObjectName(QStringLiteral("revertTemplateButton"));
    m_revertButton->setAccessibleName(tr("Revert"));
    m_statusLabel->setObjectName(QStringLiteral("templateStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *heading = new QLabel(tr("<h2>Forums and templates</h2>"
                                  "<p>The meeting forums of each service type as the routine "
                                  "defines them. Changes apply to your organisation's copy.</p>"),
        this);
    heading->setWordWrap(true);
    auto *serviceForm = new QFormLayout;
    auto *serviceLabel = new QLabel(tr("Ser&vice type:"), this);
    serviceLabel->setBuddy(m_serviceTypeComboBox);
    serviceForm->addRow(serviceLabel, m_serviceTypeComboBox);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which it scrolls to

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    right->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_templateListView);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(serviceForm);
    layout->addLayout(columns, 1);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setWhatsThis(tr("Save the template"));
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, &TemplatesView::revert);
    connect(m_editor, &TemplateEditor::modifiedChanged, this, &TemplatesView::updateButtons);
    connect(m_serviceTypeComboBox, &QComboBox::currentIndexChanged, this,
        [this] { loadServiceType(); });
    connect(m_templateListView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current, const QModelIndex &previous) {
            if (current.row() == m_currentRow)
                return;
            if (!confirmLeavingChanges()) {
                // Restored once the view has finished moving its own
                // selection, so list and editor show the same forum.
                const QPersistentModelIndex back(previous);
                QTimer::singleShot(0, this, [this, back] {
                    m_templateListView->selectionModel()->setCurrentIndex(
                        back, QItemSelectionModel::ClearAndSelect);
                });
                return;
            }
            showTemplate(current.row());
        });
    loadServiceType();
}

bool TemplatesView::hasUnsavedChanges() const
{
    return m_editor->isModified();
}

void TemplatesView::loadServiceType()
{
    ServiceType type = ServiceType::Sabo;
    serviceTypeFromKey(m_serviceTypeComboBox->currentData().toString(), &type);
    runGuarded(this, tr("Could not read the templates"),
        [&] { m_model->setTemplates(m_workspace.directory().templatesFor(type)); });
    m_currentRow = -1;
    if (m_model->rowCount() > 0)
        m_templateListView->setCurrentIndex(m_model->index(0));
    updateButtons();
}

void TemplatesView::showTemplate(int row)
{
    m_currentRow = row;
    if (const ForumTemplate *forumTemplate = m_model->templateAt(row))
        m_editor->setTemplate(*forumTemplate);
    m_statusLabel->clear();
    updateButtons();
}

bool TemplatesView::confirmLeavingChanges()
{
    if (!m_editor->isModified())
        return true;
    if (MessageBox::question(this, tr("Unsaved changes"),
            tr("The template has changes that are not saved. Save them now?"), tr("Save"),
            tr("Keep editing")))
        return save();
    return false;
}

bool TemplatesView::save()
{
    if (!m_editor->isModified())
        return true;
    ForumTemplate edited = m_editor->editedTemplate();
    const QString problem = edited.validationError();
    if (!problem.isEmpty()) {
        MessageBox::error(this, tr("The template was not saved"), problem);
        return false;
    }
    if (!runGuarded(this, tr("The template was not saved"),
            [&] { edited.version = m_workspace.directory().saveTemplate(edited); }))
        return false;
    m_model->updateTemplate(edited);
    m_editor->setTemplate(edited);
    m_statusLabel->setText(
        tr("Saved %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    updateButtons();
    return true;
}

void TemplatesView::revert()
{
    showTemplate(m_currentRow);
}

void TemplatesView::updateButtons()
{
    const bool modified = m_editor->isModified();
    m_saveButton->setEnabled(modified && !describeStore(m_workspace).readOnly);
    m_revertButton->setEnabled(modified);
    if (modified)
        m_statusLabel->setText(tr("Unsaved changes."));
}

} // namespace tf
