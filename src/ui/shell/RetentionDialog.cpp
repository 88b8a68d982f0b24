#include "ui/shell/RetentionDialog.h"

#include "services/ActionList.h"
#include "services/retention/ProviderSetting.h"
#include "services/retention/RetentionRun.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

namespace {
QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}

QString decisionText(RetentionDecision decision)
{
    switch (decision) {
    case RetentionDecision::Keep:
        return RetentionDialog::tr("Kept");
    case RetentionDecision::Purge:
        return RetentionDialog::tr("Purged");
    case RetentionDecision::Preserve:
        return RetentionDialog::tr("Preserved for research");
    }
    return {};
}

int countOf(const QList<RetentionPlanEntry> &plan, RetentionDecision decision)
{
    return static_cast<int>(
        std::count_if(plan.cbegin(), plan.cend(), [decision](const RetentionPlanEntry &entry) {
            return entry.verdict.decision == decision;
        }));
}
} // namespace

RetentionDialog::RetentionDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Retention and purging"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_provider = new QComboBox(this);
    m_provider->addItem(tr("Municipality"), static_cast<int>(CareProvider::Municipal));
    m_provider->addItem(tr("Private provider"), static_cast<int>(CareProvider::Private));
    m_provider->setAccessibleName(tr("Provider"));
    form->addRow(tr("&Provider:"), m_provider);
    m_archive
        = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(tr("Archive")),
            this);
    m_archive->setAccessibleName(tr("Archive folder"));
    form->addRow(tr("&Archive folder:"), m_archive);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Personnummer"), tr("Name"), tr("Last entry"),
        tr("Decision"), tr("Deadline"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents); // opens wide enough
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Retention plan"));
    layout->addWidget(m_table, 1);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_purge = buttons->addButton(tr("P&urge…"), QDialogButtonBox::ActionRole);
    m_purge->setAccessibleName(tr("Purge"));
    QPushButton *close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(m_purge, &QPushButton::clicked, this, [this] { purge(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    runGuarded(this, windowTitle(), [this] {
        m_provider->setCurrentIndex(
            m_provider->findData(static_cast<int>(organisationProvider(m_workspace))));
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] { changeProvider(); });
    readPlan();
    resize(900, 600);
}

void RetentionDialog::changeProvider()
{
    const auto provider = static_cast<CareProvider>(m_provider->currentData().toInt());
    runGuarded(this, windowTitle(), [&] { setOrganisationProvider(m_workspace, provider); });
    readPlan();
}

void RetentionDialog::readPlan()
{
    const auto provider = static_cast<CareProvider>(m_provider->currentData().toInt());
    m_plan.clear();
    runGuarded(
        this, windowTitle(), [&] { m_plan = retentionPlan(m_workspace, provider, today()); });
    m_table->setRowCount(static_cast<int>(m_plan.size()));
    for (int row = 0; row < m_plan.size(); ++row) {
        const RetentionPlanEntry &entry = m_plan.at(row);
        const QStringList cells {entry.personnummer, entry.name,
            entry.lastEntry.toString(Qt::ISODate), decisionText(entry.verdict.decision),
            entry.verdict.decision == RetentionDecision::Keep
                ? QString()
                : entry.verdict.deadline.toString(Qt::ISODate),
            entry.verdict.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    const int purged = countOf(m_plan, RetentionDecision::Purge);
    const int preserved = countOf(m_plan, RetentionDecision::Preserve);
    m_summary->setText(tr("On %1: %2 clients to purge, %3 to preserve for research, %4 kept.")
                           .arg(today().toString(Qt::ISODate))
                           .arg(purged)
                           .arg(preserved)
                           .arg(countOf(m_plan, RetentionDecision::Keep)));
    m_purge->setEnabled(purged + preserved > 0);
}

bool RetentionDialog::purge()
{
    const int purged = countOf(m_plan, RetentionDecision::Purge);
    const int preserved = countOf(m_plan, RetentionDecision::Preserve);
    if (purged + preserved == 0)
        return false;
    if (!MessageBox::question(this, tr("Purge"),
            tr("%1 clients will be purged: everything about them is removed from the database. "
               "This cannot be undone. %2 clients preserved for research are exported to the "
               "archive folder and kept.")
                .arg(purged)
                .arg(preserved),
            tr("Purge %1 clients").arg(purged), tr("Cancel")))
        return false;
    RetentionRunRequest request;
    request.asOf = today();
    request.provider = static_cast<CareProvider>(m_provider->currentData().toInt());
    request.archiveFolder = m_archive->text().trimmed();
    RetentionRunResult result;
    const bool done
        = runGuarded(this, tr("Purge"), [&] { result = runRetention(m_workspace, request); });
    if (done) {
        int purgedNow = 0;
        for (const PurgeProtocolItem &item : std::as_const(result.protocol.items))
            purgedNow += item.decision == QLatin1String("purge") ? 1 : 0;
        QString text = tr("Purge protocol %1: %2 clients purged, %3 exported to %4.")
                           .arg(result.protocol.id)
                           .arg(purgedNow)
                           .arg(result.protocol.items.size() - purgedNow)
                           .arg(result.protocol.archiveFolder);
        if (result.protocol.backupsGoneBy.isValid())
            text += QLatin1Char(' ')
                + tr("Backups made before the purge hold the purged data until %1.")
                      .arg(result.protocol.backupsGoneBy.toString(Qt::ISODate));
        m_result->setText(text);
    }
    readPlan();
    return done;
}

} // namespace tf
