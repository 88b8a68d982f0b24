#include "ui/care/AddAgendaItemDialog.h"

#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/care/CarePlanning.h"
#include "ui/care/CareText.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tf {

AddAgendaItemDialog::AddAgendaItemDialog(
    Workspace &workspace, const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_meeting(new QComboBox(this))
    , m_title(new QLineEdit(client.name, this))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("addAgendaItemDialog"));
    setWindowTitle(tr("Add to the agenda"));
    m_meeting->setObjectName(QStringLiteral("agendaMeetingComboBox"));
    m_meeting->setAccessibleName(tr("Meeting"));
    for (const Meeting &meeting :
        suitableMeetingsFor(workspace, client, QDateTime::currentDateTimeUtc()))
        m_meeting->addItem(meetingLabel(workspace, meeting), meeting.id);
    m_title->setObjectName(QStringLiteral("agendaTitleLineEdit"));
    m_title->setAccessibleName(tr("Heading"));
    m_body->setObjectName(QStringLiteral("agendaBodyPlainTextEdit"));
    m_body->setAccessibleName(tr("What the team should take up"));
    m_body->setPlaceholderText(tr("What the team should take up, in the client's own words where "
                                  "possible"));
    m_body->setTabChangesFocus(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Meeting"), m_meeting);
    layout->addRow(tr("Heading"), m_title);
    layout->addRow(tr("Description"), m_body);
    auto *buttons = new QDialogButtonBox(this);
    auto *add = buttons->addButton(tr("Add to the agenda"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("confirmAgendaItemButton"));
    add->setAccessibleName(add->text());
    add->setEnabled(hasMeetings());
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelAgendaItemButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    m_body->setFocus();
}

bool AddAgendaItemDialog::hasMeetings() const
{
    return m_meeting->count() > 0;
}

void AddAgendaItemDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        MessageBox::error(this, tr("Not added"), tr("Write a heading for the item."));
        return;
    }
    AgendaItem item;
    item.meetingId = m_meeting->currentData().toLongLong();
    item.clientId = m_client.id;
    item.title = m_title->text().trimmed();
    item.body = m_body->toPlainText().trimmed();
    item.raisedById = m_workspace.actorId();
    if (!runGuarded(this, tr("Not added"), [&] { m_addedId = m_workspace.agenda().add(item); }))
        return;
    QDialog::accept();
}

} // namespace tf
