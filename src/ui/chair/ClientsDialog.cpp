#include "ui/chair/ClientsDialog.h"

#include "domain/ClientRotation.h"
#include "domain/Personnummer.h"
#include "models/UnitClientsModel.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/care/CarePlans.h"
#include "services/chair/UnitClients.h"
#include "ui/chair/ClientRowDelegate.h"
#include "ui/chair/InsatsEndDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace tf {

ClientsDialog::ClientsDialog(Workspace &workspace, const Unit &unit, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unit(unit)
    , m_model(new UnitClientsModel(this))
    , m_delegate(new ClientRowDelegate(this))
    , m_table(new QTableView(this))
    , m_scheme(new QComboBox(this))
    , m_perMeeting(new QSpinBox(this))
    , m_leadDays(new QSpinBox(this))
    , m_planFollowUp(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_personnummer(new QLineEdit(this))
    , m_apartment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("clientsDialog"));
    setWindowTitle(tr("Clients and rotation – %1").arg(unit.name));
    resize(980, 560);
    m_table->setObjectName(QStringLiteral("clientsTableWidget"));
    m_table->setAccessibleName(tr("Clients"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->horizontalHeader()->setSectionResizeMode(
        UnitClientsModel::NameColumn, QHeaderView::Stretch);
    for (RotationScheme scheme : {RotationScheme::FixedOrder, RotationScheme::PriorityOrder,
             RotationScheme::HalfYearly, RotationScheme::AllClients, RotationScheme::AsNeeded})
        m_scheme->addItem(rotationSchemeLabel(scheme), rotationSchemeKey(scheme));
    // All clients, or none by rotation: no number to choose.
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        m_perMeeting->setEnabled(
            rotationHasCount(rotationSchemeFromKey(m_scheme->currentData().toString())));
    });
    m_scheme->setObjectName(QStringLiteral("rotationSchemeComboBox"));
    m_scheme->setAccessibleName(tr("Rotation of clients"));
    m_perMeeting->setObjectName(QStringLiteral("clientsPerMeetingSpinBox"));
    m_perMeeting->setAccessibleName(tr("Clients per meeting"));
    m_perMeeting->setRange(1, 10);
    m_leadDays->setObjectName(QStringLiteral("leadDaysSpinBox"));
    m_leadDays->setAccessibleName(tr("Lead time for adjuncts in days"));
    m_leadDays->setRange(0, 90);
    m_leadDays->setSuffix(tr(" days"));
    m_planFollowUp->setObjectName(QStringLiteral("planFollowUpComboBox"));
    m_planFollowUp->setAccessibleName(tr("Follow-up of the genomförandeplan"));
    m_planFollowUp->addItem(tr("Every six months"), 6);
    m_planFollowUp->addItem(tr("Every third month"), 3);
    m_name->setObjectName(QStringLiteral("clientNameLineEdit"));
    m_name->setAccessibleName(tr("Name of new client"));
    m_personnummer->setObjectName(QStringLiteral("clientPersonnummerLineEdit"));
    m_personnummer->setAccessibleName(tr("Personal identity number"));
    setWholePlaceholder(m_personnummer, tr("YYYYMMDD-NNNN"));
    m_apartment->setObjectName(QStringLiteral("clientApartmentLineEdit"));
    m_apartment->setAccessibleName(tr("Apartment or address"));
    auto *endInsats = new QPushButton(tr("&End of insats…"), this);
    endInsats->setObjectName(QStringLiteral("endInsatsButton"));
    endInsats->setAccessibleName(tr("End of insats for the chosen client"));
    endInsats->setToolTip(tr("The client moved, died or the insats ended: from that day they "
                             "leave the rotation, the agenda suggestions and Mina kunder"));
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
    rotation->addRow(
        label(tr("&Follow-up of the genomförandeplan:"), m_planFollowUp), m_planFollowUp);
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
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(endInsats);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    layout->addWidget(new QLabel(tr("<b>New client</b>"), this));
    layout->addLayout(newClient);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ClientsDialog::addClient);
    connect(endInsats, &QPushButton::clicked, this, &ClientsDialog::endInsats);

    const UnitPlanning planning = UnitClients(workspace).planning(unit);
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(rotationSchemeKey(planning.scheme))));
    m_perMeeting->setValue(planning.clientsPerMeeting);
    m_leadDays->setValue(planning.leadDays);
    runGuarded(this, tr("The genomförandeplan setting could not be read"),
        [&] { m_savedPlanFollowUp = CarePlans(workspace).followUpMonths(unit.id); });
    m_planFollowUp->setCurrentIndex(std::max(0, m_planFollowUp->findData(m_savedPlanFollowUp)));
    load();
}

void ClientsDialog::load()
{
    const QList<Person> people = m_workspace.directory().people();
    m_delegate->setPeople(
        m_workspace.directory().peopleEmployedOn(stockholmDate(QDateTime::currentDateTimeUtc())));
    m_model->setPeople(people);
    m_clients = ClientRotation::order(
        RotationScheme::FixedOrder, m_workspace.directory().clientsOf(m_unit.id));
    m_model->setClients(m_clients);
    QHash<qint64, QString> plans;
    runGuarded(this, tr("The genomförandeplaner could not be read"), [&] {
        const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
        for (const ClientCarePlan &plan :
            CarePlans(m_workspace).ofClients(m_clients, today, AccessPurpose::UnitClients))
            plans.insert(plan.client.id, carePlanSummary(plan.status));
    });
    m_model->setCarePlans(plans);
    // The priority and the people stay open to change, row by row.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = UnitClientsModel::PriorityColumn; column <= UnitClientsModel::PtColumn;
             ++column)
            m_table->openPersistentEditor(m_model->index(row, column));
    }
    m_table->resizeColumnsToContents();
}

std::optional<QList<Client>> ClientsDialog::changedClients()
{
    QList<Client> changed;
    const QList<Client> &edited = m_model->clients();
    for (int row = 0; row < m_clients.size(); ++row) {
        const Client &before = m_clients.at(row);
        Client client = edited.at(row);
        client.version = before.version;
        client.name = client.name.trimmed();
        if (client.name.isEmpty()) {
            MessageBox::error(this, tr("The client has no name"),
                tr("Every client must have a name (row %1).").arg(row + 1));
            return std::nullopt;
        }
        client.apartment = client.apartment.trimmed();
        if (client.name != before.name || client.apartment != before.apartment
            || client.priority != before.priority
            || client.contactPersonId != before.contactPersonId || client.nurseId != before.nurseId
            || client.occupationalTherapistId != before.occupationalTherapistId
            || client.physiotherapistId != before.physiotherapistId)
            changed << client;
    }
    return changed;
}

UnitPlanning ClientsDialog::wantedPlanning() const
{
    UnitPlanning planning;
    planning.scheme = rotationSchemeFromKey(m_scheme->currentData().toString());
    planning.clientsPerMeeting = m_perMeeting->value();
    planning.leadDays = m_leadDays->value();
    return planning;
}

void ClientsDialog::keepSaved(const QList<Client> &saved)
{
    for (const Client &client : saved) {
        for (Client &shown : m_clients) {
            if (shown.id == client.id)
                shown = client;
        }
    }
}

bool ClientsDialog::save()
{
    const auto changed = changedClients();
    if (!changed)
        return false;
    QList<Client> saved;
    if (!runGuarded(this, tr("The clients were not saved"),
            [&] { saved = UnitClients(m_workspace).save(m_unit, *changed, wantedPlanning()); }))
        return false;
    keepSaved(saved);
    const int months = m_planFollowUp->currentData().toInt();
    if (months != m_savedPlanFollowUp) {
        if (!runGuarded(this, tr("The genomförandeplan setting was not saved"),
                [&] { CarePlans(m_workspace).setFollowUpMonths(m_unit.id, months); }))
            return false;
        m_savedPlanFollowUp = months;
    }
    return true;
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
    // The changes above are saved with the new client, together or not at all.
    const auto changed = changedClients();
    if (!changed)
        return;
    QString notice;
    if (!runGuarded(this, tr("The client was not added"), [&] {
            UnitClients(m_workspace)
                .saveAndAdd(m_unit, *changed, wantedPlanning(), client, &notice);
        }))
        return;
    if (!notice.isEmpty())
        MessageBox::information(this, tr("The client is already registered"), notice);
    m_name->clear();
    m_personnummer->clear();
    m_apartment->clear();
    load();
    m_name->setFocus();
}

void ClientsDialog::endInsats()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        MessageBox::information(this, tr("No client chosen"),
            tr("Choose the client in the list first, then End of insats."));
        return;
    }
    const auto changed = changedClients();
    if (!changed || !changed->isEmpty()) {
        MessageBox::information(this, tr("Unsaved changes"),
            tr("Save or undo the changes in the list first; then set the end of the insats."));
        return;
    }
    const qint64 clientId
        = current.siblingAtColumn(0).data(UnitClientsModel::ClientIdRole).toLongLong();
    const auto client = std::find_if(
        m_clients.begin(), m_clients.end(), [&](const Client &c) { return c.id == clientId; });
    if (client == m_clients.end())
        return;
    InsatsEndDialog dialog(m_workspace, *client, this);
    if (dialog.exec() == QDialog::Accepted)
        load();
}

} // namespace tf
