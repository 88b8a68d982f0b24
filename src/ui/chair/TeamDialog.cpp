#include "ui/chair/TeamDialog.h"

#include "domain/Professions.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "ui/chair/LeaverDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tf {

namespace {
enum Column { MemberColumn, NameColumn, RoleColumn, NightColumn, EmailColumn };
}

TeamDialog::TeamDialog(Workspace &workspace, const Unit &unit, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unit(unit)
    , m_forum(new QComboBox(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_name(new QLineEdit(this))
    , m_profession(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_email(new QLineEdit(this))
{
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(tr("Team of %1").arg(unit.name));
    resize(640, 520);
    m_forum->setObjectName(QStringLiteral("teamForumComboBox"));
    m_forum->setAccessibleName(tr("Forum"));
    for (const ForumTemplate &t : workspace.directory().templatesFor(unit.serviceType))
        m_forum->addItem(t.name, t.forum);
    m_table->setObjectName(QStringLiteral("teamTableWidget"));
    m_table->setAccessibleName(tr("Team members"));
    m_table->setHorizontalHeaderLabels(
        {tr("Member"), tr("Name"), tr("Role in the team"), tr("Night staff"), tr("E-mail")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_name->setObjectName(QStringLiteral("newPersonNameLineEdit"));
    m_name->setAccessibleName(tr("Name of new person"));
    m_profession->setObjectName(QStringLiteral("newPersonProfessionLineEdit"));
    m_profession->setAccessibleName(tr("Profession"));
    setWholePlaceholder(m_profession, tr("e.g. Assistant nurse, Dietitian"));
    auto *professions = new QCompleter(knownProfessions(), m_profession);
    professions->setCaseSensitivity(Qt::CaseInsensitive);
    professions->setFilterMode(Qt::MatchContains);
    m_profession->setCompleter(professions);
    m_email->setObjectName(QStringLiteral("newPersonEmailLineEdit"));
    m_email->setAccessibleName(tr("E-mail of new person"));
    setWholePlaceholder(m_email, tr("for invitations, e.g. name@municipality.se"));
    m_kind->setObjectName(QStringLiteral("newPersonKindComboBox"));
    m_kind->setAccessibleName(tr("Staff or adjunct"));
    m_kind->addItem(tr("Staff of the unit"), false);
    m_kind->addItem(tr("Adjunct (invited when needed)"), true);
    auto *add = new QPushButton(tr("A&dd person"), this);
    add->setObjectName(QStringLiteral("addPersonButton"));
    add->setAccessibleName(tr("Add person"));

    auto *forumLabel = new QLabel(tr("&Forum:"), this);
    forumLabel->setBuddy(m_forum);
    auto *top = new QHBoxLayout;
    top->addWidget(forumLabel);
    top->addWidget(m_forum, 1);
    auto *form = new QFormLayout;
    auto row = [&](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    row(tr("&Name:"), m_name);
    row(tr("&Profession:"), m_profession);
    row(tr("&E-mail:"), m_email);
    row(tr("&Kind:"), m_kind);
    form->addRow(QString(), add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save team"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveTeamButton"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save team"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("closeTeamButton"));
    // Enter adds what is typed below; saving takes the Save button, so a
    // person typing a name never closes the dialog by accident.
    add->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Tick the fixed members of the forum's team. Space ticks the "
                                    "current row; new meetings invite the team. Invitations "
                                    "reach those with an e-mail address."),
        this));
    layout->addWidget(m_table, 1);
    auto *leaving = new QPushButton(tr("Staff &leaving…"), this);
    leaving->setObjectName(QStringLiteral("staffLeavingButton"));
    leaving->setAccessibleName(tr("Staff leaving: end date and handover"));
    leaving->setToolTip(tr("Set when the chosen person leaves and hand over their open actions, "
                           "client roles and SIP needs"));
    auto *leavingRow = new QHBoxLayout;
    leavingRow->addWidget(leaving);
    leavingRow->addStretch();
    layout->addLayout(leavingRow);
    layout->addWidget(new QLabel(tr("<b>New staff member or adjunct</b>"), this));
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &TeamDialog::addPerson);
    connect(leaving, &QPushButton::clicked, this, [this] {
        // What is ticked is kept before the person's team may change.
        if (!save())
            return;
        LeaverDialog dialog(m_workspace, this);
        const int current = m_table->currentRow();
        if (current >= 0 && m_table->item(current, MemberColumn))
            dialog.selectPerson(
                m_table->item(current, MemberColumn)->data(Qt::UserRole).toLongLong());
        dialog.exec();
        load();
    });
    connect(m_forum, &QComboBox::currentIndexChanged, this, [this] {
        // Switching forum keeps what was ticked for the previous one.
        if (!m_forumKey.isEmpty() && !save())
            return;
        load();
    });
    load();
}

void TeamDialog::selectForum(const QString &forumKey)
{
    const int index = m_forum->findData(forumKey);
    if (index >= 0)
        m_forum->setCurrentIndex(index);
}

void TeamDialog::load()
{
    m_forumKey = m_forum->currentData().toString();
    const QList<TeamMember> members = UnitTeams(m_workspace).members(m_unit.id, m_forumKey);
    const QList<Person> people
        = m_workspace.directory().peopleEmployedOn(stockholmDate(QDateTime::currentDateTimeUtc()));
    m_table->setRowCount(0);
    // Staff first, then adjuncts: they are no team members (they are
    // invited per meeting), but shown, so that one just added is seen at
    // once and their e-mail address can be given.
    QList<Person> ordered;
    for (const bool adjuncts : {false, true}) {
        for (const Person &person : people) {
            if (person.adjunct == adjuncts)
                ordered << person;
        }
    }
    for (const Person &person : std::as_const(ordered)) {
        const auto member = std::find_if(members.begin(), members.end(),
            [&](const TeamMember &m) { return m.personId == person.id; });
        const bool isMember = member != members.end();
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *check = new QTableWidgetItem;
        check->setData(Qt::UserRole, person.id);
        if (person.adjunct) {
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        } else {
            check->setCheckState(isMember ? Qt::Checked : Qt::Unchecked);
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        }
        m_table->setItem(row, MemberColumn, check);
        auto *name = new QTableWidgetItem(person.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, NameColumn, name);
        const QString profession = person.profession.isEmpty() ? person.role : person.profession;
        auto *role = new QTableWidgetItem(isMember ? member->role
                : person.adjunct                   ? tr("%1 (adjunct, invited per meeting)")
                                       .arg(profession.isEmpty() ? tr("Adjunct") : profession)
                                 : profession);
        if (person.adjunct)
            role->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, RoleColumn, role);
        auto *night = new QTableWidgetItem;
        night->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
            | (person.adjunct ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        if (!person.adjunct)
            night->setCheckState(isMember && member->nightStaff ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, NightColumn, night);
        m_table->setItem(row, EmailColumn, new QTableWidgetItem(person.email));
    }
    m_table->resizeColumnToContents(MemberColumn);
    m_stored = tickedMembers();
    m_storedEmails = emails();
}

QList<TeamMember> TeamDialog::tickedMembers() const
{
    QList<TeamMember> members;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, MemberColumn)->checkState() != Qt::Checked)
            continue;
        members << TeamMember {m_unit.id, m_forumKey,
            m_table->item(row, MemberColumn)->data(Qt::UserRole).toLongLong(),
            m_table->item(row, RoleColumn)->text().trimmed(),
            m_table->item(row, NightColumn)->checkState() == Qt::Checked};
    }
    return members;
}

QHash<qint64, QString> TeamDialog::emails() const
{
    QHash<qint64, QString> emails;
    for (int row = 0; row < m_table->rowCount(); ++row)
        emails.insert(m_table->item(row, MemberColumn)->data(Qt::UserRole).toLongLong(),
            m_table->item(row, EmailColumn)->text().trimmed());
    return emails;
}

bool TeamDialog::hasUnsavedChanges() const
{
    if (emails() != m_storedEmails)
        return true;
    const QList<TeamMember> members = tickedMembers();
    return !std::equal(members.begin(), members.end(), m_stored.begin(), m_stored.end(),
        [](const TeamMember &a, const TeamMember &b) {
            return a.personId == b.personId && a.role == b.role && a.nightStaff == b.nightStaff;
        });
}

void TeamDialog::reject()
{
    if (hasUnsavedChanges()) {
        const auto answer = MessageBox::choose(this, tr("Unsaved changes"),
            tr("The team of %1 has changes that are not saved. Save them before closing?")
                .arg(m_forum->currentText()),
            tr("Save"), tr("Discard changes"), tr("Keep editing"));
        if (answer == MessageBox::Choice::Cancel)
            return;
        if (answer == MessageBox::Choice::Yes) {
            if (save())
                accept();
            return; // not saved: the dialog stays open with the changes
        }
    }
    QDialog::reject();
}

bool TeamDialog::save()
{
    const QList<TeamMember> members = tickedMembers();
    if (!runGuarded(this, tr("The team was not saved"),
            [&] { UnitTeams(m_workspace).setMembers(m_unit.id, m_forumKey, members); }))
        return false;
    m_stored = members;
    // Changed e-mail addresses, each saved to the person as read.
    const QHash<qint64, QString> typed = emails();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        if (m_storedEmails.value(it.key()) == it.value())
            continue;
        if (!runGuarded(this, tr("The e-mail address was not saved"), [&] {
                auto person = m_workspace.directory().person(it.key());
                if (!person)
                    return;
                person->email = it.value();
                m_workspace.directory().savePerson(*person);
            }))
            return false;
        m_storedEmails.insert(it.key(), it.value());
    }
    return true;
}

void TeamDialog::addPerson()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        MessageBox::error(this, tr("The person has no name"), tr("Write the person's name first."));
        m_name->setFocus();
        return;
    }
    // Adding a name twice is almost always a second try, not a namesake.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!MessageBox::question(this, tr("Already on the list"),
                tr("%1 is already on the list (%2). Add another person with the same name?")
                    .arg(m_table->item(row, NameColumn)->text(),
                        m_table->item(row, RoleColumn)->text()),
                tr("Add another"), tr("Do not add"))) {
            m_table->setCurrentCell(row, NameColumn);
            return;
        }
        break;
    }
    Person person;
    person.name = name;
    person.profession = m_profession->text().trimmed();
    person.email = m_email->text().trimmed();
    person.adjunct = m_kind->currentData().toBool();
    // The team as ticked is saved with the new person, so nothing ticked is lost.
    const QList<TeamMember> members = tickedMembers();
    qint64 id = 0;
    if (!runGuarded(this, tr("The person was not added"),
            [&] { id = UnitTeams(m_workspace).addPerson(m_unit.id, m_forumKey, members, person); }))
        return;
    m_name->clear();
    m_profession->clear();
    m_email->clear();
    load();
    // Staff added here join the forum's team at once; adjuncts are invited per meeting.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, MemberColumn)->data(Qt::UserRole).toLongLong() == id)
            m_table->item(row, MemberColumn)->setCheckState(Qt::Checked);
    }
    m_name->setFocus();
}

} // namespace tf
