#include "ui/quality/ComplaintsDialog.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/quality/Complaints.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadOnlyCell.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tf {

namespace {
QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

ComplaintsDialog::ComplaintsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unit(new QComboBox(this))
    , m_list(new QTableWidget(0, 5, this))
    , m_received(dateEdit(tr("Received on"), this))
    , m_kind(new QComboBox(this))
    , m_summary(new QLineEdit(this))
    , m_feedback(new QLineEdit(this))
    , m_feedbackOn(dateEdit(tr("Feedback given on"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Complaints and suggestions"));
    resize(860, 560);
    m_unit->setAccessibleName(tr("Unit"));
    runGuarded(this, tr("Complaints and suggestions"), [&] {
        for (const Unit &unit : m_workspace.directory().units())
            m_unit->addItem(unit.name, unit.id);
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ComplaintsDialog::refresh);
    auto *unitRow = new QFormLayout;
    unitRow->addRow(tr("&Unit:"), m_unit);

    m_list->setHorizontalHeaderLabels(
        {tr("Received"), tr("Kind"), tr("Summary"), tr("Status"), tr("Feedback")});
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Complaints and suggestions of the unit"));

    for (ComplaintKind kind : complaintKinds())
        m_kind->addItem(complaintKindLabel(kind), complaintKindKey(kind));
    m_kind->setAccessibleName(tr("Kind"));
    m_summary->setMaxLength(500);
    m_summary->setAccessibleName(tr("Summary"));
    setWholePlaceholder(m_summary, tr("Short, without the client's name or personnummer"));
    auto *newBox = new QGroupBox(tr("New"), this);
    auto *newForm = new QFormLayout(newBox);
    newForm->addRow(tr("Received &on:"), m_received);
    newForm->addRow(tr("&Kind:"), m_kind);
    newForm->addRow(tr("&Summary:"), m_summary);
    auto *add = new QPushButton(tr("&Register"), newBox);
    add->setAccessibleName(tr("Register the complaint or suggestion"));
    connect(add, &QPushButton::clicked, this, &ComplaintsDialog::registerComplaint);
    newForm->addRow(QString(), add);

    m_feedback->setMaxLength(500);
    m_feedback->setAccessibleName(tr("Feedback"));
    auto *feedbackBox = new QGroupBox(tr("Feedback on the chosen row"), this);
    auto *feedbackForm = new QFormLayout(feedbackBox);
    feedbackForm->addRow(tr("&Feedback given:"), m_feedback);
    feedbackForm->addRow(tr("&Date:"), m_feedbackOn);
    auto *answer = new QPushButton(tr("Sa&ve the feedback"), feedbackBox);
    answer->setAccessibleName(tr("Save the feedback"));
    connect(answer, &QPushButton::clicked, this, &ComplaintsDialog::recordFeedback);
    feedbackForm->addRow(QString(), answer);

    auto *forms = new QHBoxLayout;
    forms->addWidget(newBox);
    forms->addWidget(feedbackBox);
    m_result->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(unitRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(forms);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    refresh();
}

void ComplaintsDialog::refresh()
{
    const qint64 unitId = m_unit->currentData().toLongLong();
    runGuarded(this, tr("Complaints and suggestions"), [&] {
        m_shown = unitId > 0 ? complaintsOf(m_workspace, unitId, false) : QList<Complaint>();
    });
    // Open ones first, each part oldest first.
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const Complaint &a, const Complaint &b) {
        return a.status == ComplaintStatus::Open && b.status != ComplaintStatus::Open;
    });
    m_list->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const Complaint &c = m_shown.at(row);
        m_list->setItem(row, 0, readOnlyCell(c.receivedOn.toString(Qt::ISODate)));
        m_list->setItem(row, 1, readOnlyCell(complaintKindLabel(c.kind)));
        m_list->setItem(row, 2, readOnlyCell(c.summary));
        m_list->setItem(row, 3, readOnlyCell(complaintStatusLabel(c.status)));
        m_list->setItem(row, 4,
            readOnlyCell(c.feedbackOn.isValid()
                    ? QStringLiteral("%1: %2").arg(c.feedbackOn.toString(Qt::ISODate), c.feedback)
                    : QString()));
    }
}

bool ComplaintsDialog::registerComplaint()
{
    Complaint c;
    c.unitId = m_unit->currentData().toLongLong();
    c.receivedOn = m_received->date();
    complaintKindFromText(m_kind->currentData().toString(), &c.kind);
    c.summary = m_summary->text();
    if (!runGuarded(this, tr("Register complaint or suggestion"),
            [&] { tf::registerComplaint(m_workspace, c); }))
        return false;
    m_summary->clear();
    m_result->setText(tr("Registered; it comes to the unit's next APT."));
    refresh();
    return true;
}

bool ComplaintsDialog::recordFeedback()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        MessageBox::error(this, tr("Feedback"), tr("Choose the row the feedback is for."));
        return false;
    }
    const qint64 id = m_shown.at(row).id;
    if (!runGuarded(this, tr("Feedback"), [&] {
            recordComplaintFeedback(m_workspace, id, m_feedback->text(), m_feedbackOn->date());
        }))
        return false;
    m_feedback->clear();
    m_result->setText(tr("The feedback is saved."));
    refresh();
    return true;
}

} // namespace tf
