#include "ui/chair/ParticipantsPanel.h"

#include "models/PersonChoiceModel.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/chair/ChairMeetings.h"
#include "services/chair/MeetingGuests.h"
#include "services/chair/MeetingParticipants.h"
#include "ui/chair/ExternalParticipantsDialog.h"
#include "ui/chair/GuestDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/LiveRefresh.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PaletteColours.h"
#include "ui/common/PersonChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

namespace {
enum Column { NameColumn, RoleColumn, AbsentColumn, SubstituteColumn, InvitedColumn, FlagColumn };

QPushButton *button(QWidget *parent, const QString &text, const char *name, const QString &tip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    b->setToolTip(tip);
    return b;
}
} // namespace

ParticipantsPanel::ParticipantsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, 6, this))
    , m_person(new QComboBox(this))
    , m_addMember(button(this, tr("Add as &participant"), "addParticipantButton",
          tr("Add the chosen person to this meeting")))
    , m_addAdjunct(button(this, tr("Invite as ad&junct"), "inviteAdjunctButton",
          tr("Invite the chosen person as an adjunct, dated today")))
    , m_invited(button(this, tr("In&vitation sent today"), "markInvitedButton",
          tr("Record that the selected adjunct was invited today")))
    , m_remove(button(this, tr("Remo&ve from meeting"), "removeParticipantButton",
          tr("Remove the selected person from this meeting")))
    , m_guests(new QLabel(this))
    , m_guestButton(button(this, tr("Client or relative…"), "guestsButton",
          tr("Invite the client or a relative to this meeting, without a login")))
    , m_externalButton(button(this, tr("Other organisations…"), "externalParticipantsButton",
          tr("Invite the health centre's staff or others without a login, to this meeting "
             "or the whole series")))
    , m_status(new QLabel(this))
    , m_people(new PersonChoiceModel(QString(), PersonChoiceModel::Label::NameAndRole, this))
    , m_substitutes(
          new PersonChoiceModel(tr("No substitute"), PersonChoiceModel::Label::NameAndRole, this))
{
    setObjectName(QStringLiteral("participantsPanel"));
    m_table->setObjectName(QStringLiteral("participantsTableWidget"));
    m_table->setAccessibleName(tr("Participants"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Cannot attend"), tr("Substitute"), tr("Invited"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FlagColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_person->setObjectName(QStringLiteral("participantPersonComboBox"));
    m_person->setAccessibleName(tr("Person"));
    offerPeople(m_person, m_people);
    m_person->setMinimumContentsLength(24); // a name and a role
    m_status->setObjectName(QStringLiteral("participantsStatusLabel"));
    m_status->setWordWrap(true);

    auto *personLabel = new QLabel(tr("P&erson:"), this);
    personLabel->setBuddy(m_person);
    auto *adding = new QHBoxLayout;
    adding->addWidget(personLabel);
    adding->addWidget(m_person, 1);
    adding->addWidget(m_addMember);
    adding->addWidget(m_addAdjunct);
    auto *rowActions = new QHBoxLayout;
    rowActions->addWidget(m_invited);
    rowActions->addWidget(m_remove);
    rowActions->addWidget(m_guestButton);
    rowActions->addWidget(m_externalButton);
    rowActions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowActions);
    layout->addWidget(m_status);
    m_guests->setObjectName(QStringLiteral("guestsLabel"));
    m_guests->setWordWrap(true);
    m_guests->setTextFormat(Qt::PlainText);
    layout->addWidget(m_guests);
    layout->addLayout(adding);

    connect(m_addMember, &QPushButton::clicked, this, [this] { addPerson(false); });
    connect(m_addAdjunct, &QPushButton::clicked, this, [this] { addPerson(true); });
    connect(m_invited, &QPushButton::clicked, this, &ParticipantsPanel::markInvited);
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsPanel::removePerson);
    connect(m_guestButton, &QPushButton::clicked, this, &ParticipantsPanel::editGuests);
    connect(m_externalButton, &QPushButton::clicked, this, &ParticipantsPanel::editExternals);
    setMeeting(0);
}

bool ParticipantsPanel::run(const std::function<void()> &change)
{
    return runGuarded(this, tr("The participants were not saved"), change);
}

ParticipantsPanel::Shown ParticipantsPanel::shownOf(const ChairPanelRead &read)
{
    Shown shown;
    if (!read.meeting)
        return shown;
    shown.meetingId = read.meeting->id;
    shown.locked = read.locked;
    shown.staff = read.staffToday;
    for (const NamedGuest &guest : read.guests)
        (guest.guest.isExternal() ? shown.externals : shown.guests) << guest.label;
    shown.participants = read.participants;
    shown.names = read.names;
    shown.late = read.late;
    shown.leadDays = read.leadDays;
    return shown;
}

void ParticipantsPanel::setMeeting(qint64 meetingId)
{
    ChairPanelParts parts;
    parts.header = false;
    parts.agenda = false;
    parts.staffToday = lacksStaff();
    showRead(shownOf(readChairPanel(m_workspace, meetingId, m_today, parts)));
}

void ParticipantsPanel::reloadPeople()
{
    m_peopleLoaded = false;
    setMeeting(m_meetingId);
}

void ParticipantsPanel::showOthersChanges()
{
    const KeepPlace keepPlace(m_table, Qt::UserRole); // the name holds the person's id
    reload();
}

void ParticipantsPanel::fillStaff(const QList<Person> &staff)
{
    m_peopleLoaded = true;
    m_people->setPeople(staff);
}

void ParticipantsPanel::fillSubstitutes()
{
    m_substitutes->setPeople(standInsAmong(m_people->people(), m_participants));
}

void ParticipantsPanel::editGuests()
{
    const auto meeting = ChairMeetings(m_workspace).meeting(m_meetingId);
    if (!meeting)
        return;
    GuestDialog dialog(m_workspace, meeting->id, stockholmDate(meeting->startUtc), this);
    dialog.exec();
    reload();
    Q_EMIT changed();
}

void ParticipantsPanel::editExternals()
{
    if (!m_meetingId)
        return;
    ExternalParticipantsDialog dialog(m_workspace, m_meetingId, this);
    dialog.exec();
    reload();
    Q_EMIT changed();
}

void ParticipantsPanel::reload()
{
    setMeeting(m_meetingId);
}

void ParticipantsPanel::showRead(const Shown &shown)
{
    m_meetingId = shown.meetingId;
    m_locked = shown.locked;
    m_table->setEnabled(m_meetingId > 0);
    for (QWidget *w : std::initializer_list<QWidget *> {m_person, m_addMember, m_addAdjunct,
             m_invited, m_remove, m_guestButton, m_externalButton})
        w->setEnabled(m_meetingId > 0 && !m_locked);
    if (shown.staff)
        fillStaff(*shown.staff);
    QStringList lines;
    if (!shown.guests.isEmpty())
        lines << tr("Client and relatives: %1").arg(shown.guests.join(QStringLiteral(", ")));
    if (!shown.externals.isEmpty())
        lines << tr("From other organisations: %1").arg(shown.externals.join(QStringLiteral("; ")));
    m_guests->setText(lines.join(QLatin1Char('\n')));
    m_guests->setVisible(!lines.isEmpty());
    m_loading = true;
    m_participants = shown.participants;
    const QList<Participant> &list = m_participants;
    fillSubstitutes();
    const QList<qint64> &late = shown.late;
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Participant &p = list.at(row);
        auto *name = new QTableWidgetItem(shown.names.value(p.personId));
        name->setData(Qt::UserRole, p.personId);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, RoleColumn,
            new QTableWidgetItem(p.adjunct ? tr("%1 (adjunct)").arg(p.role) : p.role));
        auto *absent = new QCheckBox(this);
        absent->setObjectName(QStringLiteral("absentCheckBox"));
        absent->setAccessibleName(tr("Cannot attend: %1").arg(name->text()));
        absent->setChecked(p.attendance == Attendance::Absent);
        absent->setEnabled(!m_locked);
        connect(absent, &QCheckBox::toggled, this, [this, row](bool on) { setAbsent(row, on); });
        m_table->setCellWidget(row, AbsentColumn, absent);
        auto *substitute = new QComboBox(this);
        substitute->setObjectName(QStringLiteral("substituteComboBox"));
        substitute->setAccessibleName(tr("Substitute for %1").arg(name->text()));
        offerPeople(substitute, m_substitutes);
        substitute->setCurrentIndex(std::max(0, m_substitutes->rowOf(p.substituteId)));
        substitute->setEnabled(p.attendance == Attendance::Absent && !m_locked);
        connect(substitute, &QComboBox::currentIndexChanged, this,
            [this, row](int index) { setSubstitute(row, index); });
        m_table->setCellWidget(row, SubstituteColumn, substitute);
        m_table->setItem(
            row, InvitedColumn, new QTableWidgetItem(p.invitedOn.toString(Qt::ISODate)));
        QStringList notes;
        if (p.attendance == Attendance::Absent && p.substituteId == 0)
            notes << tr("Cannot attend, no substitute named");
        if (late.contains(p.personId))
            notes << (p.invitedOn.isValid() ? tr("Invited later than the lead time")
                                            : tr("Not invited and the lead time has passed"));
        auto *note = new QTableWidgetItem(notes.join(QStringLiteral("; ")));
        if (!notes.isEmpty())
            note->setForeground(attentionText(m_table->palette()));
        m_table->setItem(row, FlagColumn, note);
    }
    m_table->resizeColumnsToContents();
    m_loading = false;
    if (m_locked)
        m_status->setText(tr("The minutes of this meeting are approved and locked: the "
                             "participants and their attendance can no longer be changed."));
    else if (m_meetingId > 0)
        m_status->setText(tr("Lead time for adjuncts: %n day(s).", nullptr, shown.leadDays));
    else
        m_status->clear();
}

void ParticipantsPanel::setAbsent(int row, bool absent)
{
    if (m_loading)
        return;
    // As shown: a change to a row someone else changed since is a conflict.
    Participant p = m_participants.value(row);
    p.attendance = absent ? Attendance::Absent : Attendance::Expected;
    if (!absent)
        p.substituteId = 0;
    run([&] { MeetingParticipants(m_workspace).save(p); });
    // The check box that called is replaced by the reload: after it returns.
    QMetaObject::invokeMethod(
        this,
        [this, row, absent] {
            reload();
            if (auto *substitute = m_table->cellWidget(row, SubstituteColumn); substitute && absent)
                substitute->setFocus();
            Q_EMIT changed();
        },
        Qt::QueuedConnection);
}

void ParticipantsPanel::setSubstitute(int row, int index)
{
    if (m_loading)
        return;
    Participant p = m_participants.value(row);
    p.substituteId = m_substitutes->personIdAt(index);
    run([&] { MeetingParticipants(m_workspace).save(p); });
    QMetaObject::invokeMethod(
        this,
        [this, row] {
            reload();
            if (auto *substitute = m_table->cellWidget(row, SubstituteColumn))
                substitute->setFocus();
            Q_EMIT changed();
        },
        Qt::QueuedConnection);
}

void ParticipantsPanel::addPerson(bool adjunct)
{
    const qint64 personId = m_person->currentData().toLongLong();
    const auto person = m_workspace.directory().person(personId);
    if (!person)
        return;
    Participant p;
    p.meetingId = m_meetingId;
    p.personId = personId;
    p.role = person->profession.isEmpty() ? person->role : person->profession;
    p.adjunct = adjunct;
    if (adjunct)
        p.invitedOn = m_today;
    if (run([&] { MeetingParticipants(m_workspace).save(p); })) {
        reload();
        Q_EMIT changed();
    }
}

void ParticipantsPanel::markInvited()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    Participant p = m_participants.value(row);
    p.invitedOn = m_today;
    run([&] { MeetingParticipants(m_workspace).save(p); });
    reload();
    m_table->selectRow(row);
}

void ParticipantsPanel::removePerson()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 personId = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
    if (run([&] { MeetingParticipants(m_workspace).remove(m_meetingId, personId); })) {
        reload();
        Q_EMIT changed();
    }
}

} // namespace tf
