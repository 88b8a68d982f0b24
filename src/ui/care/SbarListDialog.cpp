#include "ui/care/SbarListDialog.h"

#include "services/care/CareReads.h"
#include "ui/care/CareText.h"
#include "ui/care/SbarDialog.h"
#include "ui/common/Guarded.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tf {

SbarListDialog::SbarListDialog(Workspace &workspace, const Client &client, qint64 agendaItemId,
    qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_agendaItemId(agendaItemId)
    , m_meetingId(meetingId)
    , m_table(new QTableWidget(0, 5, this))
    , m_open(new QPushButton(tr("&Open and complete…"), this))
    , m_print(new QPushButton(tr("&Print the PDF again…"), this))
{
    setObjectName(QStringLiteral("sbarListDialog"));
    setWindowTitle(tr("SBAR reports for %1").arg(client.name));
    m_table->setObjectName(QStringLiteral("sbarReportsTable"));
    m_table->setAccessibleName(tr("Saved SBAR reports"));
    m_table->setHorizontalHeaderLabels(
        {tr("Sent"), tr("From"), tr("To"), tr("Situation"), tr("Feedback")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *newReport = new QPushButton(tr("&New SBAR…"), this);
    newReport->setObjectName(QStringLiteral("newSbarButton"));
    newReport->setAccessibleName(tr("New SBAR"));
    newReport->setToolTip(tr("Write a new SBAR report about the client (Alt+N)"));
    m_open->setObjectName(QStringLiteral("openSbarButton"));
    m_open->setAccessibleName(tr("Open and complete"));
    m_open->setToolTip(tr("Open the chosen report to fill in the answer after the call (Enter or "
                          "Alt+O)"));
    m_print->setObjectName(QStringLiteral("printSbarButton"));
    m_print->setAccessibleName(tr("Print the PDF again"));
    m_print->setToolTip(tr("Write the chosen report to a PDF file again (Alt+P)"));

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("&Saved reports, newest first"), this);
    title->setBuddy(m_table);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(newReport, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    auto *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeSbarListButton"));
    close->setAccessibleName(close->text());
    layout->addWidget(buttons);
    connect(newReport, &QPushButton::clicked, this, &SbarListDialog::writeNew);
    connect(m_open, &QPushButton::clicked, this, &SbarListDialog::openChosen);
    connect(m_print, &QPushButton::clicked, this, &SbarListDialog::printChosen);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { openChosen(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        m_open->setEnabled(chosen() != nullptr);
        m_print->setEnabled(chosen() != nullptr);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 420);
    refresh();
}

const SbarReport *SbarListDialog::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_reports.size() ? &m_reports.at(row) : nullptr;
}

void SbarListDialog::refresh()
{
    const qint64 keep = chosen() ? chosen()->id : 0;
    runGuarded(this, tr("The SBAR reports could not be read"),
        [&] { m_reports = readSbarReports(m_workspace, m_client.id, m_meetingId); });
    m_table->setRowCount(static_cast<int>(m_reports.size()));
    int keepRow = m_reports.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_reports.size(); ++row) {
        const SbarReport &r = m_reports.at(row);
        if (r.id == keep)
            keepRow = row;
        const QString from
            = r.senderName.isEmpty() ? personName(m_workspace, r.senderId) : r.senderName;
        const QString feedback = r.reply.trimmed().isEmpty()
            ? tr("Not yet")
            : (r.feedbackDate.isValid() ? r.feedbackDate.toString(Qt::ISODate) : tr("Yes"))
                + (r.readBack ? tr(", read back") : QString());
        const QStringList cells {r.createdUtc.toTimeZone(QTimeZone("Europe/Stockholm"))
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            from, r.receiver, r.situation.section(QLatin1Char('\n'), 0, 0), feedback};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->setCurrentCell(keepRow, 0);
    m_open->setEnabled(chosen() != nullptr);
    m_print->setEnabled(chosen() != nullptr);
}

void SbarListDialog::writeNew()
{
    SbarDialog dialog(m_workspace, m_client, m_agendaItemId, this);
    dialog.exec();
    refresh();
}

void SbarListDialog::openChosen()
{
    if (!chosen())
        return;
    SbarDialog dialog(m_workspace, m_client, *chosen(), this);
    dialog.exec();
    refresh();
}

void SbarListDialog::printChosen()
{
    if (const SbarReport *report = chosen())
        SbarDialog::writePdf(this, m_workspace, m_client, *report);
}

} // namespace tf
