#include "ui/chair/CoordinatedUnitsDialog.h"

#include "domain/ServiceType.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/chair/CoordinatedUnits.h"
#include "ui/common/Guarded.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

CoordinatedUnitsDialog::CoordinatedUnitsDialog(Workspace &workspace, qint64 unitId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unitId(unitId)
    , m_units(new QListWidget(this))
{
    setObjectName(QStringLiteral("coordinatedUnitsDialog"));
    setWindowTitle(tr("Coordinated units"));
    const auto unit = Directory(workspace).unit(unitId);
    auto *about = new QLabel(tr("Tick the units whose shared clients the samordningsmöte of %1 "
                                "takes up: home care, boendestöd and hemsjukvård of the area. "
                                "The agenda offers the clients the ticked units serve on the "
                                "meeting's day.")
                                 .arg(unit ? unit->name : QString()),
        this);
    about->setObjectName(QStringLiteral("coordinatedUnitsAboutLabel"));
    about->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&Units:"), this);
    listLabel->setBuddy(m_units);
    m_units->setObjectName(QStringLiteral("coordinatedUnitsList"));
    m_units->setAccessibleName(tr("Units the samordningsmöte coordinates"));
    QList<Unit> choices, chosen;
    runGuarded(this, tr("Could not read the units"), [&] {
        CoordinatedUnits coordinated(workspace);
        choices = coordinated.choices(unitId);
        chosen = coordinated.of(unitId);
    });
    QList<qint64> chosenIds;
    for (const Unit &each : chosen)
        chosenIds << each.id;
    for (const Unit &each : choices) {
        auto *item = new QListWidgetItem(
            tr("%1 – %2").arg(each.name, serviceTypeDisplayName(each.serviceType)), m_units);
        item->setData(Qt::UserRole, each.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosenIds.contains(each.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_units->count() > 0)
        m_units->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveCoordinatedUnitsButton"));
    save->setAccessibleName(tr("Save"));
    save->setDefault(true);
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelCoordinatedUnitsButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(listLabel);
    layout->addWidget(m_units, 1);
    layout->addWidget(buttons);
    resize(560, 420);
    m_units->setFocus();
}

void CoordinatedUnitsDialog::accept()
{
    QList<qint64> ids;
    for (int row = 0; row < m_units->count(); ++row) {
        const QListWidgetItem *item = m_units->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    if (!runGuarded(this, tr("The coordinated units were not saved"),
            [&] { CoordinatedUnits(m_workspace).set(m_unitId, ids); }))
        return; // the ticks stay
    QDialog::accept();
}

} // namespace tf
