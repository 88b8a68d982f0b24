#include "ui/chair/GuestDialog.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/chair/CoordinatedUnits.h"
#include "ui/common/Guarded.h"
#include "ui/common/InvitedList.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tf {

GuestDialog::GuestDialog(
    Workspace &workspace, qint64 meetingId, const QDate &meetingDay, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_meetingId(meetingId)
    , m_client(new QComboBox(this))
    , m_relative(new QLineEdit(this))
    , m_relation(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove from meeting"), this))
{
    setObjectName(QStringLiteral("guestDialog"));
    setWindowTitle(tr("Client and relatives at the meeting"));
    m_client->setObjectName(QStringLiteral("guestClientComboBox"));
    m_client->setAccessibleName(tr("Client"));
    for (const Client &client :
        CoordinatedUnits(workspace).currentClientsForMeeting(meetingId, meetingDay))
        m_client->addItem(client.name, client.id);
    m_relative->setObjectName(QStringLiteral("guestRelativeLineEdit"));
    m_relative->setAccessibleName(tr("Relative's name"));
    setWholePlaceholder(m_relative, tr("Empty: the client themself"));
    m_relation->setObjectName(QStringLiteral("guestRelationLineEdit"));
    m_relation->setAccessibleName(tr("Relation to the client"));
    setWholePlaceholder(m_relation, tr("e.g. daughter, son, good man"));
    m_list->setObjectName(QStringLiteral("guestList"));
    m_list->setAccessibleName(tr("Invited"));
    m_remove->setObjectName(QStringLiteral("removeGuestButton"));
    m_remove->setAccessibleName(tr("Remove from meeting"));
    auto *invite = new QPushButton(tr("&Invite"), this);
    invite->setObjectName(QStringLiteral("inviteGuestButton"));
    invite->setAccessibleName(tr("Invite"));
    invite->setDefault(true);
    invite->setEnabled(m_client->count() > 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("Relative's &name:"), m_relative);
    form->addRow(tr("R&elation:"), m_relation);
    form->addRow(QString(), invite);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("The client or a relative is invited without a login; they are "
                                "named in the kallelse and the attendance, not in the calendar "
                                "invitation."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addLayout(form);
    addInvitedList(this, layout, tr("In&vited:"), m_list, m_remove, tr("Close"),
        QStringLiteral("closeGuestDialogButton"));
    connect(invite, &QPushButton::clicked, this, &GuestDialog::invite);
    connect(m_remove, &QPushButton::clicked, this, &GuestDialog::removeGuest);
    reload();
}

void GuestDialog::reload()
{
    m_list->clear();
    runGuarded(this, tr("The invited could not be read"), [&] {
        m_guests = MeetingGuests(m_workspace).of(m_meetingId, AccessPurpose::BeforeMeeting);
    });
    // External participants have their own dialog (ExternalParticipantsDialog).
    m_guests.erase(std::remove_if(m_guests.begin(), m_guests.end(),
                       [](const NamedGuest &guest) { return guest.guest.isExternal(); }),
        m_guests.end());
    for (const NamedGuest &guest : std::as_const(m_guests))
        m_list->addItem(guest.label);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_remove->setEnabled(m_list->count() > 0);
}

void GuestDialog::invite()
{
    const qint64 clientId = m_client->currentData().toLongLong();
    if (!runGuarded(this, tr("The guest was not invited"), [&] {
            MeetingGuests(m_workspace)
                .invite(m_meetingId, clientId, m_relative->text(), m_relation->text());
        }))
        return;
    m_relative->clear();
    m_relation->clear();
    reload();
}

void GuestDialog::removeGuest()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_guests.size())
        return;
    const qint64 id = m_guests.at(row).guest.id;
    if (runGuarded(
            this, tr("The guest was not removed"), [&] { MeetingGuests(m_workspace).remove(id); }))
        reload();
}

} // namespace tf
