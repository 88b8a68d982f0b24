#include "ui/care/ParticipationChecklist.h"

#include "services/Workspace.h"
#include "services/care/ClientRecords.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/WholePlaceholder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tf {

ParticipationChecklist::ParticipationChecklist(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Before the meeting: the client's participation"), parent)
    , m_workspace(workspace)
    , m_clientAsked(new QCheckBox(tr("The client has been asked for wishes"), this))
    , m_wishes(new QPlainTextEdit(this))
    , m_notAskedReason(new QLineEdit(this))
    , m_relatives(new QComboBox(this))
    , m_relativesNote(new QLineEdit(this))
    , m_saveButton(new QPushButton(tr("Save checklist"), this))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_saveButton->setIcon(themedIcon(QStringLiteral("document-save")));
    m_clientAsked->setObjectName(QStringLiteral("clientAskedCheckBox"));
    m_clientAsked->setAccessibleName(m_clientAsked->text());
    m_wishes->setObjectName(QStringLiteral("clientWishesPlainTextEdit"));
    m_wishes->setAccessibleName(tr("The client's wishes"));
    m_wishes->setPlaceholderText(tr("The client's wishes, in the client's own words"));
    m_wishes->setTabChangesFocus(true);
    m_wishes->setMaximumHeight(90);
    m_notAskedReason->setObjectName(QStringLiteral("notAskedReasonLineEdit"));
    m_notAskedReason->setAccessibleName(tr("Why the client was not asked"));
    setWholePlaceholder(m_notAskedReason, tr("Only if the client could not be asked: why"));
    m_relatives->setObjectName(QStringLiteral("relativesComboBox"));
    m_relatives->setAccessibleName(tr("Relatives"));
    for (RelativesAsked value : {RelativesAsked::NotAnswered, RelativesAsked::Asked,
             RelativesAsked::ClientDeclined, RelativesAsked::NoRelatives})
        m_relatives->addItem(relativesAskedLabel(value), static_cast<int>(value));
    m_relativesNote->setObjectName(QStringLiteral("relativesNoteLineEdit"));
    m_relativesNote->setAccessibleName(tr("What the relatives said"));
    m_saveButton->setObjectName(QStringLiteral("saveChecklistButton"));
    m_saveButton->setAccessibleName(m_saveButton->text());
    m_saveButton->setShortcut(QKeySequence(tr("Ctrl+S")));
    m_saveButton->setToolTip(tr("Save the checklist (Ctrl+S)"));

    auto *layout = new QFormLayout(this);
    layout->addRow(m_clientAsked);
    layout->addRow(tr("Wishes"), m_wishes);
    layout->addRow(tr("Not asked because"), m_notAskedReason);
    layout->addRow(tr("Relatives"), m_relatives);
    layout->addRow(tr("Relatives' view"), m_relativesNote);
    layout->addRow(m_saveButton);

    const auto markDirty = [this] {
        if (!m_filling)
            m_dirty = true;
    };
    connect(m_clientAsked, &QCheckBox::toggled, this, markDirty);
    connect(m_wishes, &QPlainTextEdit::textChanged, this, markDirty);
    connect(m_notAskedReason, &QLineEdit::textChanged, this, markDirty);
    connect(m_relatives, &QComboBox::currentIndexChanged, this, markDirty);
    connect(m_relativesNote, &QLineEdit::textChanged, this, markDirty);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            Q_EMIT savedOnRequest();
    });
}

std::optional<Participation> ParticipationChecklist::read(Workspace &workspace, qint64 agendaItemId)
{
    if (agendaItemId == 0)
        return std::nullopt;
    return ClientRecords(workspace).participation(agendaItemId);
}

void ParticipationChecklist::load(qint64 agendaItemId)
{
    show(agendaItemId, read(m_workspace, agendaItemId));
}

void ParticipationChecklist::show(qint64 agendaItemId, const std::optional<Participation> &stored)
{
    m_agendaItemId = agendaItemId;
    setEnabled(agendaItemId != 0);
    m_filling = true;
    m_participation = Participation();
    m_participation.agendaItemId = agendaItemId;
    if (stored)
        m_participation = *stored;
    m_clientAsked->setChecked(m_participation.clientAsked);
    m_wishes->setPlainText(m_participation.clientWishes);
    m_notAskedReason->setText(m_participation.notAskedReason);
    m_relatives->setCurrentIndex(
        m_relatives->findData(static_cast<int>(m_participation.relatives)));
    m_relativesNote->setText(m_participation.relativesNote);
    m_dirty = false;
    m_filling = false;
}

void ParticipationChecklist::unbind()
{
    m_agendaItemId = 0;
    setEnabled(false);
}

bool ParticipationChecklist::save()
{
    if (!m_dirty || m_agendaItemId == 0)
        return true;
    Participation p = m_participation;
    p.clientAsked = m_clientAsked->isChecked();
    p.clientWishes = m_wishes->toPlainText();
    p.notAskedReason = m_notAskedReason->text();
    p.relatives = static_cast<RelativesAsked>(m_relatives->currentData().toInt());
    p.relativesNote = m_relativesNote->text();
    if (!runGuarded(this, tr("The checklist was not saved"),
            [&] { p.version = ClientRecords(m_workspace).saveParticipation(p); }))
        return false;
    m_participation = p;
    m_dirty = false;
    return true;
}

} // namespace tf
