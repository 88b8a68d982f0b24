#include "ui/care/SbarDialog.h"

#include "services/Workspace.h"
#include "services/care/ClientRecords.h"
#include "services/care/SbarPdf.h"
#include "ui/care/CareText.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Guarded.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tf {

SbarDialog::SbarDialog(
    Workspace &workspace, const Client &client, qint64 agendaItemId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_receiver(new QLineEdit(this))
    , m_situation(textField("situationPlainTextEdit", tr("S – Situation")))
    , m_background(textField("backgroundPlainTextEdit", tr("B – Background")))
    , m_current(textField("currentStatePlainTextEdit", tr("A – Current state (and assessment)")))
    , m_recommendation(textField("recommendationPlainTextEdit", tr("R – Recommendation")))
    , m_handling(new QComboBox(this))
    , m_reply(textField("replyPlainTextEdit", tr("Reply")))
    , m_readBack(new QCheckBox(tr("The receiver has confirmed (read back)"), this))
{
    setObjectName(QStringLiteral("sbarDialog"));
    setWindowTitle(tr("SBAR for %1").arg(client.name));
    m_report.clientId = client.id;
    m_report.agendaItemId = agendaItemId;
    m_receiver->setObjectName(QStringLiteral("receiverLineEdit"));
    m_receiver->setAccessibleName(tr("To"));
    m_receiver->setPlaceholderText(tr("Name, role and unit of the receiver"));
    m_handling->setObjectName(QStringLiteral("handlingTimeComboBox"));
    m_handling->setAccessibleName(tr("Desired handling time"));
    for (HandlingTime time : {HandlingTime::Urgent, HandlingTime::NextDay,
             HandlingTime::NextWeekday, HandlingTime::AsNeeded})
        m_handling->addItem(handlingTimeLabel(time), static_cast<int>(time));
    m_handling->setCurrentIndex(2);
    m_readBack->setObjectName(QStringLiteral("readBackCheckBox"));
    m_readBack->setAccessibleName(m_readBack->text());

    auto *layout = new QFormLayout(this);
    layout->addRow(new QLabel(tr("In an acute life-threatening condition: call 112 first."), this));
    layout->addRow(tr("To"), m_receiver);
    layout->addRow(tr("S – Situation"), m_situation);
    layout->addRow(tr("B – Background"), m_background);
    layout->addRow(tr("A – Current state (and assessment)"), m_current);
    layout->addRow(tr("R – Recommendation"), m_recommendation);
    layout->addRow(tr("Desired handling time"), m_handling);
    layout->addRow(tr("Reply"), m_reply);
    layout->addRow(m_readBack);
    auto *buttons = new QDialogButtonBox(this);
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("sbarPdfButton"));
    pdf->setAccessibleName(pdf->text());
    pdf->setToolTip(tr("Save the report and write it to a PDF file"));
    auto *saveButton = buttons->addButton(tr("Save SBAR"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveSbarButton"));
    saveButton->setAccessibleName(saveButton->text());
    saveButton->setShortcut(QKeySequence(tr("Ctrl+S")));
    saveButton->setToolTip(tr("Save the report (Ctrl+S)"));
    auto *cancel = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("closeSbarButton"));
    cancel->setAccessibleName(cancel->text());
    connect(pdf, &QPushButton::clicked, this, &SbarDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    resize(640, 720);
}

QPlainTextEdit *SbarDialog::textField(const char *name, const QString &accessible)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    return edit;
}

bool SbarDialog::save()
{
    SbarReport report = m_report;
    report.receiver = m_receiver->text();
    report.situation = m_situation->toPlainText();
    report.background = m_background->toPlainText();
    report.currentState = m_current->toPlainText();
    report.recommendation = m_recommendation->toPlainText();
    report.handlingTime = static_cast<HandlingTime>(m_handling->currentData().toInt());
    report.reply = m_reply->toPlainText();
    report.readBack = m_readBack->isChecked();
    if (!runGuarded(this, tr("The SBAR report was not saved"),
            [&] { report = ClientRecords(m_workspace).saveSbar(report); }))
        return false;
    m_report = report;
    return true;
}

void SbarDialog::exportPdf()
{
    if (!save())
        return;
    const QString path = FileDialog::saveFile(this, tr("Save SBAR as PDF"),
        QDir::home().filePath(QStringLiteral("SBAR %1.pdf").arg(m_client.name)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString sender = personName(m_workspace, m_report.senderId);
    runGuarded(this, tr("The PDF was not written"),
        [&] { SbarPdf::write(m_report, m_client, sender, path); });
}

void SbarDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace tf
