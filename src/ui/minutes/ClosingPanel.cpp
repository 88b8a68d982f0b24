#include "ui/minutes/ClosingPanel.h"

#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/MinutesDocument.h"
#include "services/MinutesPdf.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tf {

namespace {
QPushButton *button(
    QWidget *parent, const QString &text, const QString &name, const QString &tip = {})
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    if (!tip.isEmpty())
        b->setToolTip(tip);
    return b;
}
} // namespace

ClosingPanel::ClosingPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_state(new QLabel(this))
    , m_nextClients(new QListWidget(this))
    , m_finish(button(this, tr("&Finish the meeting"), QStringLiteral("finishMeetingButton"),
          tr("Ctrl+Shift+F")))
    , m_approver(new QComboBox(this))
    , m_approve(button(this, tr("A&pprove and lock"), QStringLiteral("approveMinutesButton")))
    , m_addendum(new QPlainTextEdit(this))
    , m_addAddendum(button(this, tr("Add a&ddendum"), QStringLiteral("addAddendumButton")))
    , m_addenda(new QListWidget(this))
    , m_exportPdf(button(this, tr("Save as &PDF…"), QStringLiteral("exportPdfButton")))
    , m_exportAnonymous(button(
          this, tr("Save PDF &without client names…"), QStringLiteral("exportAnonymousPdfButton")))
    , m_print(button(this, tr("P&rint…"), QStringLiteral("printMinutesButton")))
{
    m_state->setObjectName(QStringLiteral("closingStateLabel"));
    m_state->setWordWrap(true);
    m_nextClients->setObjectName(QStringLiteral("nextClientsListWidget"));
    m_nextClients->setAccessibleName(tr("Clients for the next meeting"));
    m_nextClients->setMaximumHeight(150);
    m_approver->setObjectName(QStringLiteral("approverComboBox"));
    m_approver->setAccessibleName(tr("Approved by (justerare)"));
    m_addendum->setObjectName(QStringLiteral("addendumTextEdit"));
    m_addendum->setAccessibleName(tr("Addendum"));
    m_addendum->setTabChangesFocus(true);
    m_addendum->setMaximumHeight(90);
    m_addenda->setObjectName(QStringLiteral("addendaListWidget"));
    m_addenda->setAccessibleName(tr("Addenda"));
    m_addenda->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    auto *clientsLabel = new QLabel(tr("&Clients for the next meeting"), this);
    clientsLabel->setBuddy(m_nextClients);
    layout->addWidget(clientsLabel);
    layout->addWidget(m_nextClients);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_finish);
    auto *approverLabel = new QLabel(tr("&Justerare"), this);
    approverLabel->setBuddy(m_approver);
    closeRow->addWidget(approverLabel);
    closeRow->addWidget(m_approver, 1);
    closeRow->addWidget(m_approve);
    layout->addLayout(closeRow);
    auto *addendumLabel = new QLabel(tr("Correction after approval (a dated &addendum; the "
                                        "approved text is never changed)"),
        this);
    addendumLabel->setBuddy(m_addendum);
    addendumLabel->setWordWrap(true);
    layout->addWidget(addendumLabel);
    layout->addWidget(m_addendum);
    layout->addWidget(m_addAddendum, 0, Qt::AlignLeft);
    layout->addWidget(m_addenda, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportPdf);
    exportRow->addWidget(m_exportAnonymous);
    exportRow->addWidget(m_print);
    exportRow->addStretch();
    layout->addLayout(exportRow);

    connect(m_nextClients, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            storeNextClients();
    });
    connect(m_finish, &QPushButton::clicked, this, &ClosingPanel::finish);
    connect(m_approve, &QPushButton::clicked, this, &ClosingPanel::approve);
    connect(m_addAddendum, &QPushButton::clicked, this, &ClosingPanel::addAddendum);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportPdf(false); });
    connect(m_exportAnonymous, &QPushButton::clicked, this, [this] { exportPdf(true); });
    connect(m_print, &QPushButton::clicked, this, &ClosingPanel::print);
}

void ClosingPanel::load(const Meeting &meeting, const QList<Person> &participants)
{
    m_meeting = meeting;
    m_filling = true;
    m_approver->clear();
    for (const Person &person : participants)
        m_approver->addItem(person.name, person.id);
    m_approver->setCurrentIndex(qMax(0, m_approver->findData(meeting.chairId)));
    m_nextClients->clear();
    const auto chosen = MeetingMinutes(m_workspace).nextMeetingClients(meeting.id);
    const auto clients = m_workspace.directory().currentClientsOf(
        meeting.unitId, stockholmDate(QDateTime::currentDateTimeUtc()));
    for (const Client &client : clients) {
        auto *item = new QListWidgetItem(client.apartment.isEmpty()
                ? client.name
                : tr("%1, apartment %2").arg(client.name, client.apartment),
            m_nextClients);
        item->setData(Qt::UserRole, client.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(client.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    refresh();
}

void ClosingPanel::refresh()
{
    MeetingMinutes minutes(m_workspace);
    const MinutesClosing closing = minutes.closing(m_meeting.id);
    const QString tooEarly = MeetingMinutes::tooEarly(m_meeting, QDateTime::currentDateTimeUtc());
    const auto name = [this](qint64 id) {
        const auto person = m_workspace.directory().person(id);
        return person ? person->name : QString();
    };
    if (closing.locked)
        m_state->setText(tr("Approved %1 by %2. The minutes are locked; corrections are added as "
                            "addenda.")
                             .arg(stockholmDate(closing.approvedUtc).toString(Qt::ISODate),
                                 name(closing.approvedById)));
    else if (closing.isFinished())
        m_state->setText(tr("Finished %1 by %2. Waiting for approval.")
                             .arg(stockholmDate(closing.finishedUtc).toString(Qt::ISODate),
                                 name(closing.finishedById)));
    else if (!tooEarly.isEmpty())
        m_state->setText(tooEarly);
    else
        m_state->setText(tr("The meeting is in progress."));
    m_nextClients->setEnabled(!closing.locked);
    // Before its day the commands are off, and the state says why.
    m_finish->setEnabled(tooEarly.isEmpty() && !closing.isFinished());
    m_approver->setEnabled(tooEarly.isEmpty() && closing.isFinished() && !closing.locked);
    m_approve->setEnabled(tooEarly.isEmpty() && closing.isFinished() && !closing.locked);
    m_addendum->setEnabled(closing.locked);
    m_addAddendum->setEnabled(closing.locked);
    m_addenda->clear();
    const auto addenda = minutes.addenda(m_meeting.id);
    for (const MinutesAddendum &addendum : addenda)
        m_addenda->addItem(QStringLiteral("%1, %2: %3")
                               .arg(stockholmDate(addendum.createdUtc).toString(Qt::ISODate),
                                   name(addendum.authorId), addendum.text));
}

void ClosingPanel::storeNextClients()
{
    QList<qint64> ids;
    for (int row = 0; row < m_nextClients->count(); ++row) {
        if (m_nextClients->item(row)->checkState() == Qt::Checked)
            ids << m_nextClients->item(row)->data(Qt::UserRole).toLongLong();
    }
    runGuarded(this, tr("Not saved"),
        [&] { MeetingMinutes(m_workspace).setNextMeetingClients(m_meeting.id, ids); });
}

bool ClosingPanel::finish()
{
    if (!m_finish->isEnabled())
        return false;
    if (!runGuarded(this, tr("The meeting could not be finished"),
            [&] { MeetingMinutes(m_workspace).finish(m_meeting.id); }))
        return false;
    refresh();
    Q_EMIT closingChanged();
    return true;
}

bool ClosingPanel::approve()
{
    const QString approver = m_approver->currentText();
    if (!MessageBox::question(this, tr("Approve the minutes"),
            tr("Approve the minutes as %1? Afterwards they are locked and can "
               "only be corrected by dated addenda.")
                .arg(approver),
            tr("Approve and lock"), tr("Cancel")))
        return false;
    const qint64 approverId = m_approver->currentData().toLongLong();
    if (!runGuarded(this, tr("The minutes could not be approved"),
            [&] { MeetingMinutes(m_workspace).approve(m_meeting.id, approverId); }))
        return false;
    refresh();
    Q_EMIT closingChanged();
    return true;
}

bool ClosingPanel::addAddendum()
{
    MinutesAddendum addendum;
    addendum.meetingId = m_meeting.id;
    addendum.text = m_addendum->toPlainText();
    // On failure the text stays in the field.
    if (!runGuarded(this, tr("The addendum was not added"),
            [&] { MeetingMinutes(m_workspace).addAddendum(addendum); }))
        return false;
    m_addendum->clear();
    refresh();
    return true;
}

bool ClosingPanel::exportPdf(bool anonymize)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(tr("minutes-%1%2.pdf")
                                    .arg(stockholmDate(m_meeting.startUtc).toString(Qt::ISODate),
                                        anonymize ? tr("-anonymised") : QString()));
    const QString path = FileDialog::saveFile(
        this, tr("Save the minutes as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    return runGuarded(this, tr("The PDF was not saved"), [&] {
        MinutesPdf::write(
            loadMinutesDocument(m_workspace, m_meeting.id, AccessPurpose::MeetingMode), path,
            anonymize);
    });
}

void ClosingPanel::print()
{
    MinutesDocument document;
    if (!runGuarded(this, tr("The minutes could not be printed"), [&] {
            document = loadMinutesDocument(m_workspace, m_meeting.id, AccessPurpose::MeetingMode);
        }))
        return;
    // A preview first: the secretary sees what goes to the printer.
    QPrintPreviewDialog preview(this);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *printer) {
        QTextDocument text;
        MinutesPdf::fill(text, document, false);
        text.print(printer);
    });
    preview.exec();
}

} // namespace tf
