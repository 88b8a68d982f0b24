#include "ui/care/InstrumentSettingsDialog.h"

#include "domain/risk/RiskInstrument.h"
#include "services/Workspace.h"
#include "ui/common/Guarded.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

namespace {
QCheckBox *usedBox(QTableWidget *table, int row)
{
    return qobject_cast<QCheckBox *>(table->cellWidget(row, 0));
}
QSpinBox *monthsBox(QTableWidget *table, int row)
{
    return qobject_cast<QSpinBox *>(table->cellWidget(row, 2));
}
} // namespace

InstrumentSettingsDialog::InstrumentSettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_routine(workspace)
    , m_type(new QComboBox(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("instrumentSettingsDialog"));
    setWindowTitle(tr("Assessment instruments per verksamhet"));
    resize(680, 420);
    m_type->setObjectName(QStringLiteral("serviceTypeComboBox"));
    m_type->setAccessibleName(tr("Verksamhet"));
    for (ServiceType type : allServiceTypes())
        m_type->addItem(serviceTypeDisplayName(type), static_cast<int>(type));
    m_table->setObjectName(QStringLiteral("instrumentSettingsTableWidget"));
    m_table->setAccessibleName(tr("Instruments of the verksamhet"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Used"), tr("Instrument"), tr("Repeat every")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // The fields are the boxes in the cells; the table is no Tab stop of its own.
    m_table->setFocusPolicy(Qt::NoFocus);
    const auto &instruments = riskInstruments();
    m_table->setRowCount(instruments.size());
    for (int row = 0; row < instruments.size(); ++row) {
        const RiskInstrument *instrument = instruments.at(row);
        auto *used = new QCheckBox(m_table);
        used->setObjectName(QStringLiteral("%1UsedCheckBox").arg(instrument->key));
        used->setAccessibleName(tr("%1 is used").arg(instrument->name));
        m_table->setCellWidget(row, 0, used);
        auto *name = new QTableWidgetItem(
            QStringLiteral("%1 (%2)").arg(instrument->name, instrument->area));
        name->setData(Qt::UserRole, instrument->key);
        m_table->setItem(row, 1, name);
        auto *months = new QSpinBox(m_table);
        months->setObjectName(QStringLiteral("%1MonthsSpinBox").arg(instrument->key));
        months->setAccessibleName(tr("%1: months between assessments").arg(instrument->name));
        months->setRange(1, 36);
        months->setValue(12);
        months->setSuffix(tr(" months"));
        m_table->setCellWidget(row, 2, months);
        connect(used, &QCheckBox::toggled, months, &QWidget::setEnabled);
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(2, 150);

    auto *about
        = new QLabel(tr("Choose the instruments the verksamhet uses. Each is done at moving "
                        "in and then repeated at the interval set here; the team can "
                        "decide a shorter interval for a client."),
            this);
    about->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *typeLabel = new QLabel(tr("&Verksamhet"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveInstrumentSettingsButton"));
    save->setAccessibleName(save->text());
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelInstrumentSettingsButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    showType(currentType());
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_edited.insert(static_cast<int>(m_shown), shownSettings());
        showType(currentType());
    });
}

ServiceType InstrumentSettingsDialog::currentType() const
{
    return static_cast<ServiceType>(m_type->currentData().toInt());
}

void InstrumentSettingsDialog::showType(ServiceType type)
{
    m_shown = type;
    const auto settings = m_edited.contains(static_cast<int>(type))
        ? m_edited.value(static_cast<int>(type))
        : m_routine.instrumentsFor(type);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 1)->data(Qt::UserRole).toString();
        int months = 12;
        bool used = false;
        for (const InstrumentUse &setting : settings) {
            if (setting.instrument == key) {
                used = true;
                months = setting.intervalMonths;
            }
        }
        usedBox(m_table, row)->setChecked(used);
        monthsBox(m_table, row)->setValue(months);
        monthsBox(m_table, row)->setEnabled(used);
    }
}

QList<InstrumentUse> InstrumentSettingsDialog::shownSettings() const
{
    QList<InstrumentUse> settings;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!usedBox(m_table, row)->isChecked())
            continue;
        InstrumentUse setting;
        setting.instrument = m_table->item(row, 1)->data(Qt::UserRole).toString();
        setting.intervalMonths = monthsBox(m_table, row)->value();
        settings << setting;
    }
    return settings;
}

void InstrumentSettingsDialog::accept()
{
    m_edited.insert(static_cast<int>(m_shown), shownSettings());
    QMap<ServiceType, QList<InstrumentUse>> uses;
    for (auto it = m_edited.cbegin(); it != m_edited.cend(); ++it)
        uses.insert(static_cast<ServiceType>(it.key()), it.value());
    if (!runGuarded(this, tr("Not saved"), [&] { m_routine.setInstruments(uses); }))
        return;
    QDialog::accept();
}

} // namespace tf
