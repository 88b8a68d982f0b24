#include "ui/chair/ExternalParticipantsDialog.h"

#include "services/Workspace.h"
#include "services/chair/ChairMeetings.h"
#include "services/chair/ExternalParticipants.h"
#include "ui/common/Guarded.h"
#include "ui/common/InvitedList.h"
#include "ui/common/WholePlaceholder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

ExternalParticipantsDialog::ExternalParticipantsDialog(
    Workspace &workspace, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_meetingId(meetingId)
    , m_register(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_wholeSeries(new QCheckBox(tr("To every coming meeting of the &series"), this))
    , m_list(new QListWidget(this))
    , m_inviteChosen(new QPushButton(tr("&Invite"), this))
    , m_remove(new QPushButton(tr("&Remove from meeting"), this))
{
    setObjectName(QStringLiteral("externalParticipantsDialog"));
    setWindowTitle(tr("Participants from other organisations"));
    const auto meeting = ChairMeetings(workspace).meeting(meetingId);
    m_unitId = meeting ? meeting->unitId : 0;
    const bool series = meeting && meeting->seriesId > 0;

    m_register->setObjectName(QStringLiteral("externalRegisterComboBox"));
    m_register->setAccessibleName(tr("Invited before"));
    m_name->setObjectName(QStringLiteral("externalNameLineEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_organisation->setObjectName(QStringLiteral("externalOrganisationLineEdit"));
    m_organisation->setAccessibleName(tr("Organisation"));
    setWholePlaceholder(m_organisation, tr("e.g. Vårdcentralen Norra"));
    m_role->setObjectName(QStringLiteral("externalRoleLineEdit"));
    m_role->setAccessibleName(tr("Role"));
    setWholePlaceholder(m_role, tr("e.g. distriktssköterska, läkare"));
    m_email->setObjectName(QStringLiteral("externalEmailLineEdit"));
    m_email->setAccessibleName(tr("E-mail"));
    setWholePlaceholder(m_email, tr("If known: for the calendar invitation"));
    m_wholeSeries->setObjectName(QStringLiteral("externalWholeSeriesCheckBox"));
    m_wholeSeries->setAccessibleName(tr("To every coming meeting of the series"));
    m_wholeSeries->setChecked(series);
    m_wholeSeries->setEnabled(series);
    m_list->setObjectName(QStringLiteral("externalList"));
    m_list->setAccessibleName(tr("Invited from other organisations"));
    m_inviteChosen->setObjectName(QStringLiteral("inviteExternalButton"));
    m_inviteChosen->setAccessibleName(tr("Invite the one invited before"));
    auto *add = new QPushButton(tr("&Add and invite"), this);
    add->setObjectName(QStringLiteral("addExternalButton"));
    add->setAccessibleName(tr("Add and invite"));
    m_remove->setObjectName(QStringLiteral("removeExternalButton"));
    m_remove->setAccessibleName(tr("Remove from meeting"));

    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("People from the health centre or another organisation take "
                                "part without a login. They are named with their organisation "
                                "in the kallelse, the attendance and the minutes, and receive "
                                "the calendar invitation when their e-mail is known."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *chosen = new QFormLayout;
    auto *chosenRow = new QHBoxLayout;
    chosenRow->addWidget(m_register, 1);
    chosenRow->addWidget(m_inviteChosen);
    auto *chosenLabel = new QLabel(tr("In&vited before:"), this);
    chosenLabel->setBuddy(m_register);
    chosen->addRow(chosenLabel, chosenRow);
    layout->addLayout(chosen);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Ro&le:"), m_role);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), add);
    layout->addLayout(form);
    layout->addWidget(m_wholeSeries);
    addInvitedList(this, layout, tr("Invi&ted to this meeting:"), m_list, m_remove, tr("Close"),
        QStringLiteral("closeExternalDialogButton"));
    connect(m_inviteChosen, &QPushButton::clicked, this, &ExternalParticipantsDialog::inviteChosen);
    connect(add, &QPushButton::clicked, this, &ExternalParticipantsDialog::addAndInvite);
    connect(m_remove, &QPushButton::clicked, this, &ExternalParticipantsDialog::removeChosen);
    reload();
}

void ExternalParticipantsDialog::reload()
{
    m_list->clear();
    m_invited.clear();
    QList<ExternalPerson> known;
    runGuarded(this, tr("The participants could not be read"), [&] {
        for (const NamedGuest &guest :
            MeetingGuests(m_workspace).of(m_meetingId, AccessPurpose::BeforeMeeting))
            if (guest.guest.isExternal())
                m_invited << guest;
        known = ExternalParticipants(m_workspace).registerOf(m_unitId);
    });
    QList<qint64> invitedIds;
    for (const NamedGuest &guest : std::as_const(m_invited)) {
        m_list->addItem(guest.label);
        invitedIds << guest.guest.external.id;
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_remove->setEnabled(m_list->count() > 0);
    m_register->clear();
    for (const ExternalPerson &person : std::as_const(known))
        if (!invitedIds.contains(person.id))
            m_register->addItem(externalPersonLabel(person), person.id);
    m_register->setEnabled(m_register->count() > 0);
    m_inviteChosen->setEnabled(m_register->count() > 0);
}

void ExternalParticipantsDialog::inviteChosen()
{
    const qint64 id = m_register->currentData().toLongLong();
    if (!id)
        return;
    if (runGuarded(this, tr("The participant was not invited"), [&] {
            ExternalParticipants(m_workspace).invite(m_meetingId, id, m_wholeSeries->isChecked());
        }))
        reload();
}

void ExternalParticipantsDialog::addAndInvite()
{
    ExternalPerson person;
    person.unitId = m_unitId;
    person.name = m_name->text();
    person.organisation = m_organisation->text();
    person.role = m_role->text();
    person.email = m_email->text();
    if (!runGuarded(this, tr("The participant was not invited"), [&] {
            ExternalParticipants(m_workspace)
                .addAndInvite(m_meetingId, person, m_wholeSeries->isChecked());
        }))
        return; // what was typed stays
    for (QLineEdit *field : {m_name, m_organisation, m_role, m_email})
        field->clear();
    reload();
}

void ExternalParticipantsDialog::removeChosen()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_invited.size())
        return;
    const qint64 id = m_invited.at(row).guest.external.id;
    if (runGuarded(this, tr("The participant was not removed"), [&] {
            ExternalParticipants(m_workspace).remove(m_meetingId, id, m_wholeSeries->isChecked());
        }))
        reload();
}

} // namespace tf
