#include "ui/chair/ClientsDialog.h"

#include "domain/ClientRotation.h"
#include "domain/Personnummer.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TeamRepository.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

namespace {
enum Column {
    NameColumn,
    ApartmentColumn,
    PriorityColumn,
    ContactColumn,
    NurseColumn,
    OtColumn,
    PtColumn
};
}

ClientsDialog::ClientsDialog(Workspace &workspace, const Unit &unit, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unit(unit)
    , m_table(new QTableWidget(0, 7, this))
    , m_scheme(new QComboBox(this))
    , m_perMeeting(new QSpinBox(this))
    , m_leadDays(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_personnummer(new QLineEdit(this))
    , m_apartment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("clientsDialog"));
    setWindowTitle(tr("Clients and rotation – %1").arg(unit.name));
    resize(980, 560);
    m_table->setObjectName(QStringLiteral("clientsTableWidget"));
    m_table->setAccessibleName(tr("Clients"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Apartment or address"), tr("Priority"),
        tr("Contact person"), tr("Nurse"), tr("Occupational therapist"), tr("Physiotherapist")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (RotationScheme scheme :
        {RotationScheme::FixedOrder, RotationScheme::PriorityOrder, RotationScheme::HalfYearly})
        m_scheme->addItem(rotationSchemeLabel(scheme), rotationSchemeKey(scheme));
    m_scheme->setObjectName(QStringLiteral("rotationSchemeComboBox"));
    m_scheme->setAccessibleName(tr("Rotation of clients"));
    m_perMeeting->setObjectName(QStringLiteral("clientsPerMeetingSpinBox"));
    m_perMeeting->setAccessibleName(tr("Clients per meeting"));
    m_perMeeting->setRange(1, 10);
    m_leadDays->setObjectName(QStringLiteral("leadDaysSpinBox"));
    m_leadDays->setAccessibleName(tr("Lead time for adjuncts in days"));
    m_leadDays->setRange(0, 90);
    m_leadDays->setSuffix(tr(" days"));
    m_name->setObjectName(QStringLiteral("clientNameLineEdit"));
    m_name->setAccessibleName(tr("Name of new client"));
    m_personnummer->setObjectName(QStringLiteral("clientPersonnummerLineEdit"));
    m_personnummer->setAccessibleName(tr("Personal identity number"));
    m_personnummer->setPlaceholderText(tr("YYYYMMDD-NNNN"));
    m_apartment->setObjectName(QStringLiteral("clientApartmentLineEdit"));
    m_apartment->setAccessibleName(tr("Apartment or address"));
    auto *add = new QPushButton(tr("Add c&lient"), this);
    add->setObjectName(QStringLiteral("addClientButton"));
    add->setAccessibleName(tr("Add client"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *rotation = new QFormLayout;
    rotation->addRow(label(tr("&Rotation:"), m_scheme), m_scheme);
    rotation->addRow(label(tr("Clients &per meeting:"), m_perMeeting), m_perMeeting);
    rotation->addRow(label(tr("&Lead time for adjuncts:"), m_leadDays), m_leadDays);
    auto *newClient = new QFormLayout;
    newClient->addRow(label(tr("&Name:"), m_name), m_name);
    newClient->addRow(label(tr("P&ersonal identity number:"), m_personnummer), m_personnummer);
    newClient->addRow(label(tr("&Apartment or address:"), m_apartment), m_apartment);
    newClient->addRow(QString(), add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveClientsButton"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    // Enter adds what is typed below; saving takes the Save button, so a
    // person typing a name never closes the dialog by accident.
    add->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rotation);
    layout->addWidget(
        new QLabel(tr("Priority 1 is the greatest need (ordinary housing); 0 means not set. "
                      "The fixed order follows the apartments."),
            this));
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("<b>New client</b>"), this));
    layout->addLayout(newClient);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ClientsDialog::addClient);

    const UnitPlanning planning = workspace.teams().planning(unit.id, unit.serviceType);
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(rotationSchemeKey(planning.scheme))));
    m_perMeeting->setValue(planning.clientsPerMeeting);
    m_leadDays->setValue(planning.leadDays);
    load();
}

QComboBox *ClientsDialog::personCombo(qint64 selected, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->addItem(tr("Not chosen"), 0);
    for (const Person &person : m_workspace.people().all()) {
        if (person.active && !person.adjunct)
            combo->addItem(person.name, person.id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
    return combo;
}

void ClientsDialog::load()
{
    m_clients = ClientRotation::order(
        RotationScheme::FixedOrder, m_workspace.clients().byUnit(m_unit.id));
    m_table->setRowCount(int(m_clients.size()));
    for (int row = 0; row < m_clients.size(); ++row) {
        const Client &client = m_clients.at(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(client.name));
        m_table->setItem(row, ApartmentColumn, new QTableWidgetItem(client.apartment));
        auto *priority = new QSpinBox(this);
        priority->setRange(0, 999);
        priority->setValue(client.priority);
        priority->setAccessibleName(tr("Priority of %1").arg(client.name));
        m_table->setCellWidget(row, PriorityColumn, priority);
        m_table->setCellWidget(row, ContactColumn,
            personCombo(client.contactPersonId, tr("Contact person of %1").arg(client.name)));
        m_table->setCellWidget(
            row, NurseColumn, personCombo(client.nurseId, tr("Nurse of %1").arg(client.name)));
        m_table->setCellWidget(row, OtColumn,
            personCombo(client.occupationalTherapistId,
                tr("Occupational therapist of %1").arg(client.name)));
        m_table->setCellWidget(row, PtColumn,
            personCombo(client.physiotherapistId, tr("Physiotherapist of %1").arg(client.name)));
    }
    m_table->resizeColumnsToContents();
}

bool ClientsDialog::save()
{
    try {
        for (int row = 0; row < m_clients.size(); ++row) {
            Client client = m_clients.at(row);
            const QString name = m_table->item(row, NameColumn)->text().trimmed();
            if (name.isEmpty()) {
                MessageBox::error(this, tr("The client has no name"),
                    tr("Every client must have a name (row %1).").arg(row + 1));
                return false;
            }
            const Client before = client;
            client.name = name;
            client.apartment = m_table->item(row, ApartmentColumn)->text().trimmed();
            client.priority
                = qobject_cast<QSpinBox *>(m_table->cellWidget(row, PriorityColumn))->value();
            auto person = [&](int column) {
                return qobject_cast<QComboBox *>(m_table->cellWidget(row, column))
                    ->currentData()
                    .toLongLong();
            };
            client.contactPersonId = person(ContactColumn);
            client.nurseId = person(NurseColumn);
            client.occupationalTherapistId = person(OtColumn);
            client.physiotherapistId = person(PtColumn);
            if (client.name != before.name || client.apartment != before.apartment
                || client.priority != before.priority
                || client.contactPersonId != before.contactPersonId
                || client.nurseId != before.nurseId
                || client.occupationalTherapistId != before.occupationalTherapistId
                || client.physiotherapistId != before.physiotherapistId)
                m_clients[row].version = m_workspace.clients().save(client, m_workspace.actorId());
        }
        UnitPlanning planning = m_workspace.teams().planning(m_unit.id, m_unit.serviceType);
        planning.scheme = rotationSchemeFromKey(m_scheme->currentData().toString());
        planning.clientsPerMeeting = m_perMeeting->value();
        planning.leadDays = m_leadDays->value();
        m_workspace.teams().savePlanning(planning, m_workspace.actorId());
        return true;
    } catch (const StorageError &error) {
        MessageBox::error(this, tr("The clients were not saved"), error.userMessage());
        return false;
    }
}

void ClientsDialog::addClient()
{
    Client client;
    client.unitId = m_unit.id;
    client.name = m_name->text().trimmed();
    client.apartment = m_apartment->text().trimmed();
    if (client.name.isEmpty()) {
        MessageBox::error(this, tr("The client has no name"), tr("Write the client's name first."));
        m_name->setFocus();
        return;
    }
    const PersonnummerResult number = validatePersonnummer(m_personnummer->text());
    if (!number.valid) {
        MessageBox::error(this, tr("Check the personal identity number"), number.error);
        m_personnummer->setFocus();
        return; // what was typed stays
    }
    client.personnummer = number.normalized;
    try {
        if (!save())
            return;
        m_workspace.clients().create(client, m_workspace.actorId());
    } catch (const StorageError &error) {
        MessageBox::error(this, tr("The client was not added"), error.userMessage());
        return;
    }
    m_name->clear();
    m_personnummer->clear();
    m_apartment->clear();
    load();
    m_name->setFocus();
}

} // namespace tf
