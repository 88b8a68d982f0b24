#include "ui/chair/UnitDialog.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tf {

UnitDialog::UnitDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(tr("New unit"));
    m_name->setObjectName(QStringLiteral("unitNameLineEdit"));
    m_name->setAccessibleName(tr("Name of the unit"));
    setWholePlaceholder(m_name, tr("e.g. Solgården, ward 2"));
    m_type->setObjectName(QStringLiteral("unitServiceTypeComboBox"));
    m_type->setAccessibleName(tr("Service type"));
    for (auto serviceType : allServiceTypes())
        m_type->addItem(serviceTypeDisplayName(serviceType), serviceTypeKey(serviceType));
    auto *form = new QFormLayout(this);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *typeLabel = new QLabel(tr("&Service type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(nameLabel, m_name);
    form->addRow(typeLabel, m_type);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create unit"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create unit"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Unit UnitDialog::unit() const
{
    Unit unit;
    unit.name = m_name->text().trimmed();
    serviceTypeFromKey(m_type->currentData().toString(), &unit.serviceType);
    return unit;
}

} // namespace tf
