#include "ui/minutes/ClosingPanel.h"

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/MinutesDocument.h"
#include "services/MinutesPdf.h"
#include "services/PersonalCodes.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PersonSignInDialog.h"

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
    , m_justerare(new QListWidget(this))
    , m_approve(button(this, tr("A&pprove and lock"), QStringLiteral("approveMinutesButton")))
    , m_addendum(new QPlainTextEdit(this))
    , m_addAddendum(button(this, tr("Add a&ddendum"), QStringLiteral("addAddendumButton")))
    , m_addenda(new QListWidget(this))
    , m_exportPdf(button(this, tr("Save as &PDF…"), QStringLiteral("exportPdfButton")))
    , m_exportAnonymous(button(
          this, tr("Save PDF &without client names…"), QStringLiteral("exportAnonymousPdfButton")))
    , m_print(button(this, tr("P&rint…"), QStringLiteral("printMinutesButton")))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_finish->setIcon(themedIcon(QStringLiteral("media-playback-stop")));
    m_approve->setIcon(themedIcon(QStringLiteral("changes-prevent")));
    m_exportPdf->setIcon(themedIcon(QStringLiteral("document-save-as")));
    m_exportAnonymous->setIcon(themedIcon(QStringLiteral("document-save-as")));
    m_print->setIcon(themedIcon(QStringLiteral("document-print")));
    m_state->setObjectName(QStringLiteral("closingStateLabel"));
    m_state->setWordWrap(true);
    m_nextClients->setObjectName(QStringLiteral("nextClientsListWidget"));
    m_nextClients->setAccessibleName(tr("Clients for the next meeting"));
    m_nextClients->setMaximumHeight(150);
    m_justerare->setObjectName(QStringLiteral("justerareListWidget"));
    m_justerare->setAccessibleName(tr("Justerare named at the meeting"));
    m_justerare->setMaximumHeight(90);
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
    approverLabel->setBuddy(m_justerare);
    closeRow->addWidget(approverLabel);
    closeRow->addWidget(m_justerare, 1);
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
    connect(m_justerare, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            storeJusterare();
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
    showRead(meeting, participants,
        MeetingMinutes(m_workspace).readClosing(meeting.id, closingChoicesDay()));
}

QDate ClosingPanel::closingChoicesDay()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}

void ClosingPanel::showRead(const Meeting &meeting, const QList<Person> &participants,
    const MeetingMinutes::ClosingRead &read)
{
    m_meeting = meeting;
    m_filling = true;
    m_justerare->clear();
    const QList<qint64> &named = read.justerare;
    for (const Person &person : participants) {
        if (person.id == meeting.chairId)
            continue; // the chair approves without being named
        auto *item = new QListWidgetItem(person.name, m_justerare);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(named.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_nextClients->clear();
    const QList<qint64> &chosen = read.nextMeetingClients;
    for (const Client &client : read.nextMeetingChoices) {
        auto *item = new QListWidgetItem(client.apartment.isEmpty()
                ? client.name
                : tr("%1, apartment %2").arg(client.name, client.apartment),
            m_nextClients);
        item->setData(Qt::UserRole, client.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(client.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    showClosing(read);
}

void ClosingPanel::refresh()
{
    showClosing(MeetingMinutes(m_workspace).readClosing(m_meeting.id));
}

void ClosingPanel::showClosing(const MeetingMinutes::ClosingRead &read)
{
    m_closing = read.closing;
    const MinutesClosing &closing = m_closing;
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
    m_justerare->setEnabled(!closing.locked);
    m_approve->setEnabled(tooEarly.isEmpty() && closing.isFinished() && !closing.locked);
    m_addendum->setEnabled(closing.locked);
    m_addAddendum->setEnabled(closing.locked);
    m_addenda->clear();
    for (const MinutesAddendum &addendum : read.addenda)
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

void ClosingPanel::storeJusterare()
{
    QList<qint64> ids;
    for (int row = 0; row < m_justerare->count(); ++row) {
        if (m_justerare->item(row)->checkState() == Qt::Checked)
            ids << m_justerare->item(row)->data(Qt::UserRole).toLongLong();
    }
    runGuarded(this, tr("Not saved"),
        [&] { MeetingMinutes(m_workspace).setJusterare(m_meeting.id, ids); });
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
    MeetingMinutes minutes(m_workspace);
    if (minutes.approvalAsksForCode()) {
        if (!approveWithCode(minutes))
            return false;
    } else {
        // The login is the approver: it approves in its own name or not at all.
        const auto me = m_workspace.directory().person(m_workspace.actorId());
        if (!MessageBox::question(this, tr("Approve the minutes"),
                tr("Approve the minutes as %1? Afterwards they are locked and can "
                   "only be corrected by dated addenda.")
                    .arg(me ? me->name : QString()),
                tr("Approve and lock"), tr("Cancel")))
            return false;
        if (!runGuarded(this, tr("The minutes could not be approved"),
                [&] { minutes.approve(m_meeting.id, m_workspace.actorId()); }))
            return false;
    }
    refresh();
    Q_EMIT closingChanged();
    return true;
}

bool ClosingPanel::approveWithCode(MeetingMinutes &minutes)
{
    PersonSignInDialog::Options options;
    options.title = tr("Approve the minutes");
    options.intro = tr("The person who approves signs in with their personal code, and the "
                       "minutes are approved in their name. The chair or a justerare named "
                       "at the meeting may approve. Afterwards the minutes are locked and can "
                       "only be corrected by dated addenda.");
    options.acceptText = tr("Approve and lock");
    options.askCode = true;
    options.minimumCodeLength = PersonalCodes::kMinimumLength;
    PersonalCodes codes(m_workspace);
    options.hasCode = [&codes](qint64 personId) {
        bool has = false;
        try {
            has = codes.hasCode(personId);
        } catch (const StorageError &) {
            has = true; // asked again when approving, where the failure shows
        }
        return has;
    };
    if (!runGuarded(this, tr("The minutes could not be approved"), [&] {
            for (qint64 id : minutes.approvers(m_meeting.id)) {
                if (const auto person = m_workspace.directory().person(id))
                    options.people << *person;
            }
        }))
        return false;
    options.preselectedId = m_workspace.actorId();
    PersonSignInDialog dialog(options, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return runGuarded(this, tr("The minutes could not be approved"), [&] {
        if (dialog.choosesNewCode())
            codes.chooseFirst(dialog.personId(), dialog.code());
        minutes.approve(m_meeting.id, dialog.personId(), dialog.code());
    });
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
