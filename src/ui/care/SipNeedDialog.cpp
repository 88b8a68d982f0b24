#include "ui/care/SipNeedDialog.h"

#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/care/CarePlanning.h"
#include "services/care/ClientRecords.h"
#include "ui/care/CareText.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace tf {

SipNeedDialog::SipNeedDialog(
    Workspace &workspace, const Client &client, const QList<Meeting> &meetings, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_meeting(new QComboBox(this))
    , m_responsible(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("sipNeedDialog"));
    setWindowTitle(tr("Need for a SIP"));
    m_meeting->setObjectName(QStringLiteral("sipMeetingComboBox"));
    m_meeting->setAccessibleName(tr("Samordningsmöte where the need was seen"));
    for (const Meeting &meeting : meetings)
        m_meeting->addItem(meetingLabel(workspace, meeting), meeting.id);
    m_responsible->setObjectName(QStringLiteral("sipResponsibleComboBox"));
    m_responsible->setAccessibleName(tr("Responsible for calling the SIP"));
    m_responsible->addItem(tr("Choose a person"), 0);
    auto people
        = Directory(workspace).peopleEmployedOn(stockholmDate(QDateTime::currentDateTimeUtc()));
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Person &person : people) {
        const QString text = person.profession.isEmpty()
            ? person.name
            : QStringLiteral("%1 (%2)").arg(person.name, person.profession);
        m_responsible->addItem(text, person.id);
    }
    m_note->setObjectName(QStringLiteral("sipNoteLineEdit"));
    m_note->setAccessibleName(tr("Note about the SIP"));
    setWholePlaceholder(m_note, tr("E.g. which care providers take part"));

    auto *layout = new QFormLayout(this);
    auto *about = new QLabel(
        tr("%1 needs a samordnad individuell plan (SIP). The need is listed for the responsible "
           "person until the SIP has been called.")
            .arg(client.name),
        this);
    about->setWordWrap(true);
    layout->addRow(about);
    int open = 0;
    for (const SipNeed &need : ClientRecords(workspace).sipNeedsOf(client.id))
        open += need.isOpen() ? 1 : 0;
    if (open > 0) {
        auto *already = new QLabel(
            tr("Note: %n SIP need(s) for the client are already open.", nullptr, open), this);
        already->setObjectName(QStringLiteral("sipAlreadyOpenLabel"));
        already->setWordWrap(true);
        layout->addRow(already);
    }
    layout->addRow(tr("&Meeting"), m_meeting);
    layout->addRow(tr("&Responsible"), m_responsible);
    layout->addRow(tr("N&ote"), m_note);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save SIP need"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveSipNeedButton"));
    save->setAccessibleName(save->text());
    save->setDefault(true);
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelSipNeedButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    m_responsible->setFocus();
}

bool SipNeedDialog::markNeed(Workspace &workspace, qint64 clientId, QWidget *parent)
{
    const auto client = Directory(workspace).client(clientId);
    if (!client)
        return false;
    const auto meetings
        = samordningsmotenWithClient(workspace, *client, QDateTime::currentDateTimeUtc());
    if (meetings.isEmpty()) {
        MessageBox::information(parent, tr("Need for a SIP"),
            tr("%1 is not on the agenda of a samordningsmöte in the last or the coming eight "
               "weeks. A need for a SIP is noted for a client discussed at a samordningsmöte.")
                .arg(client->name));
        return false;
    }
    SipNeedDialog dialog(workspace, *client, meetings, parent);
    return dialog.exec() == QDialog::Accepted;
}

void SipNeedDialog::accept()
{
    SipNeed need;
    need.clientId = m_client.id;
    need.meetingId = m_meeting->currentData().toLongLong();
    need.responsibleId = m_responsible->currentData().toLongLong();
    need.note = m_note->text();
    if (need.responsibleId == 0) {
        MessageBox::error(
            this, tr("Not saved"), tr("Choose who is responsible for calling the SIP."));
        m_responsible->setFocus();
        return;
    }
    if (!runGuarded(this, tr("Not saved"), [&] { ClientRecords(m_workspace).addSipNeed(need); }))
        return;
    QDialog::accept();
}

} // namespace tf
